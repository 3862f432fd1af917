package org.civicline.nlp;

import java.util.Optional;

/**
 * Finds where a resident says a problem is: a street address ("12 Elm St"), an
 * intersection ("Elm and 3rd", "corner of 5th & Main") or a landmark ("in front of the
 * Main Library"), normalised for reading back ("5th Ave & Main St").
 */
public interface PlaceFinder {

	Optional<String> find(String text);

}
