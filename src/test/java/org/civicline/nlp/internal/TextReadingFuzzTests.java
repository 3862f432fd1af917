package org.civicline.nlp.internal;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The place finder and the language detector read any text a resident sends without an
 * error. The inputs kept under {@code TextReadingFuzzTestsInputs} replay in every build;
 * {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class TextReadingFuzzTests {

	private final PatternPlaceFinder places = new PatternPlaceFinder();

	private final FunctionWordLanguageDetector languages = new FunctionWordLanguageDetector();

	@FuzzTest(maxDuration = "2m")
	void anyTextIsReadWithoutAnError(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		this.places.find(text);
		this.languages.detect(text);
		this.languages.requested(text);
	}

}
