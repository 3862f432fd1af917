package org.civicline.nlp.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PatternPlaceFinderTests {

	final PatternPlaceFinder places = new PatternPlaceFinder();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "huge pothole on 5th ave near main st | 5th Ave & Main St",
			"pothole at 5th ave and main st | 5th Ave & Main St", "car blocking 12 elm street | 12 Elm St",
			"light out at 450 W Broadway Avenue | 450 W Broadway Ave", "corner of 5th & Main St | 5th & Main St",
			"dead raccoon on Elm and 3rd | Elm & 3rd", "graffiti in front of the main library | The Main Library" })
	void findsAddressesIntersectionsAndLandmarks(String text, String place) {
		assertThat(this.places.find(text)).contains(place);
	}

	@ParameterizedTest
	@ValueSource(strings = { "my neighbors dog barks all night", "cats and dogs", "when is trash day",
			"the light is out and it is dark" })
	void findsNoPlaceWhereThereIsNone(String text) {
		assertThat(this.places.find(text)).isEmpty();
	}

}
