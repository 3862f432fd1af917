package org.civicline.nlp.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageFeaturesTests {

	@Test
	void anAddressOrACornerIsSeenWhereTheTwoPatternsAloneWouldSeeIt() throws IOException {
		List<String> texts = new ArrayList<>(List.of("pothole at 200 Main St", "corner of 5th and elm",
				"Intersection Of Oak and Pine", "broken light at Elm & 3rd Ave", "hay un bache en Main y 5th street",
				"trash AND recycling", "42 Wallaby Way", "no address here", ""));
		try (Stream<Path> files = Files.walk(Path.of("intents"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).toList()) {
				texts.addAll(Files.readAllLines(file));
			}
		}
		int addresses = 0;
		for (String text : texts) {
			boolean byPatterns = MessageFeatures.ADDRESS.matcher(text).find()
					|| MessageFeatures.INTERSECTION.matcher(text).find();
			assertThat(MessageFeatures.looksLikeAnAddress(text)).as(text).isEqualTo(byPatterns);
			addresses += byPatterns ? 1 : 0;
		}
		assertThat(addresses).isGreaterThan(100);
	}

}
