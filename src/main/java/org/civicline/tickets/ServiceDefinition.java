package org.civicline.tickets;

import java.util.List;

/**
 * A type of service request, as Open311 describes it.
 *
 * @param code the stable Open311 {@code service_code}
 * @param name what residents call it
 * @param description what it covers
 * @param department who handles it
 * @param attributes the details a request of this type carries, besides where
 */
public record ServiceDefinition(String code, String name, String description, String department,
		List<Attribute> attributes) {

	public ServiceDefinition {
		attributes = List.copyOf(attributes);
	}

	/**
	 * A detail of a request.
	 *
	 * @param code the attribute's Open311 code
	 * @param question how the assistant asks for it
	 * @param required whether a request is filed without it
	 * @param values the allowed values (empty: free text)
	 */
	public record Attribute(String code, String question, boolean required, List<String> values) {

		public Attribute {
			values = List.copyOf(values);
		}

	}

}
