package org.civicline.tickets;

import java.util.List;
import java.util.Optional;

/** The services residents can report. */
public interface ServiceCatalog {

	List<ServiceDefinition> all();

	Optional<ServiceDefinition> find(String code);

}
