package org.civicline.sms.internal;

import org.civicline.sms.internal.SmsKeyword.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsKeywordTests {

	@ParameterizedTest
	@ValueSource(strings = { "STOP", "stop", " Stop ", "STOPALL", "unsubscribe", "Cancel", "END", "quit", "REVOKE",
			"optout", "stop." })
	void everyCarrierOptOutWordStops(String body) {
		assertThat(SmsKeyword.read(body)).hasValueSatisfying((keyword) -> {
			assertThat(keyword.kind()).isEqualTo(Kind.STOP);
			assertThat(keyword.language()).isEqualTo("en");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "how do I stop the noise next door", "stop sign knocked down on Elm", "end of my street",
			"please cancel my report", "help me", "yes please", "STOP STOP" })
	void aKeywordInsideASentenceIsOrdinaryText(String body) {
		assertThat(SmsKeyword.read(body)).isEmpty();
	}

	@Test
	void spanishWordsAnswerInSpanish() {
		assertThat(SmsKeyword.read("parar")).hasValue(new SmsKeyword(Kind.STOP, "es", null));
		assertThat(SmsKeyword.read("AYUDA")).hasValue(new SmsKeyword(Kind.HELP, "es", null));
		assertThat(SmsKeyword.read("Sí")).hasValue(new SmsKeyword(Kind.YES, "es", null));
		assertThat(SmsKeyword.read("alertas")).hasValue(new SmsKeyword(Kind.ALERTS, "es", null));
	}

	@Test
	void startHelpAndYesAreRecognised() {
		assertThat(SmsKeyword.read("unstop")).hasValue(new SmsKeyword(Kind.START, "en", null));
		assertThat(SmsKeyword.read("info")).hasValue(new SmsKeyword(Kind.HELP, "en", null));
		assertThat(SmsKeyword.read("YES")).hasValue(new SmsKeyword(Kind.YES, "en", null));
	}

	@Test
	void alertsMayNameAZipCodeOrZone() {
		assertThat(SmsKeyword.read("ALERTS 02134")).hasValue(new SmsKeyword(Kind.ALERTS, "en", "02134"));
		assertThat(SmsKeyword.read("alerts harbor-east")).hasValue(new SmsKeyword(Kind.ALERTS, "en", "HARBOR-EAST"));
		assertThat(SmsKeyword.read("alerts for the flood please")).isEmpty();
	}

}
