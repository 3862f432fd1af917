package org.civicline.conversation.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhrasesTests {

	@Test
	void everySentenceTheEngineSaysExistsInEnglishAndInSpanish() {
		assertThat(Phrases.keys("es")).isEqualTo(Phrases.keys("en")).isNotEmpty();
	}

	@Test
	void everySpanishSentenceIsWrittenNotCopiedFromTheEnglish() {
		for (String key : Phrases.keys("en")) {
			String english = Phrases.of("en", key);
			// Numbers, keywords and empty notes may read the same in both languages.
			if (english.length() > 20) {
				assertThat(Phrases.of("es", key)).as(key).isNotEqualTo(english);
			}
		}
	}

	@Test
	void fillsInWhatTheEngineKnows() {
		assertThat(Phrases.of("es", "intake.filed", "PM-26-000042", "Obras Públicas")).isEqualTo(
				"¡Listo! Su número de solicitud es PM-26-000042 (Obras Públicas). Escriba \"estado PM-26-000042\" "
						+ "cuando quiera para consultarla.");
	}

	@Test
	void aLanguageWithoutPhrasesIsAnsweredInEnglish() {
		assertThat(Phrases.of("fr", "menu.report")).isEqualTo("Report a problem");
	}

	@Test
	void aMissingSentenceIsAnErrorNotASilentGap() {
		assertThatIllegalArgumentException().isThrownBy(() -> Phrases.of("en", "no.such.phrase"));
	}

}
