package org.civicline.nlp.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionWordLanguageDetectorTests {

	final FunctionWordLanguageDetector detector = new FunctionWordLanguageDetector();

	@ParameterizedTest
	@ValueSource(strings = { "¿cuándo pasa el camión de la basura?",
			"hay un bache enorme frente al 200 de la calle Main", "cuando recogen la basura en mi calle",
			"hay un pothole en mi calle", "el streetlight no prende desde el lunes", "q dia pasa el trash", "gracias" })
	void readsSpanishWithOrWithoutAccentsAndWithEnglishWordsMixedIn(String text) {
		assertThat(this.detector.detect(text)).contains("es");
	}

	@ParameterizedTest
	@ValueSource(strings = { "what day is my garbage picked up", "there is a pothole on Main St",
			"my neighbor's dog barks all night", "can I pay a parking ticket online?", "thanks!" })
	void readsEnglish(String text) {
		assertThat(this.detector.detect(text)).contains("en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ok", "311", "PM-24-000123", "12 Harbor View Rd", "no", "pothole" })
	void leavesToTheConversationWhatTellsNeither(String text) {
		assertThat(this.detector.detect(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en español", "español por favor", "Spanish please", "in spanish", "¿habla español?",
			"espanol" })
	void hearsARequestForSpanish(String text) {
		assertThat(this.detector.requested(text)).contains("es");
	}

	@ParameterizedTest
	@ValueSource(strings = { "english please", "in English", "en inglés", "ingles por favor" })
	void hearsARequestForEnglish(String text) {
		assertThat(this.detector.requested(text)).contains("en");
	}

	@Test
	void aMessageThatSaysMoreThanTheLanguageIsNoSwitch() {
		assertThat(this.detector.requested("I need someone who speaks spanish to call my mother")).isEmpty();
		assertThat(this.detector.requested("hay un bache en mi calle")).isEmpty();
	}

}
