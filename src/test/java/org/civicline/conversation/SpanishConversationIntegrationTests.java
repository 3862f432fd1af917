package org.civicline.conversation;

import java.util.List;

import org.civicline.emergency.EmergencyDeclaration;
import org.civicline.emergency.EmergencyMode;
import org.civicline.emergency.Guidance;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A resident who writes in Spanish, through the engine every channel shares: understood
 * with the Spanish examples and FAQ, answered in Spanish on every path, and able to
 * switch language mid-conversation.
 */
@CivicLineIntegrationTest
class SpanishConversationIntegrationTests {

	@Autowired
	Conversations conversations;

	private Reply say(String sender, String text) {
		return this.conversations.handle(new InboundMessage("web", sender, text, "en"));
	}

	@Test
	void aQuestionIsAnsweredWithTheFaqsSpanishText() {
		Reply reply = say("es-faq", "¿qué día pasa el camión de la basura por mi calle?");
		assertThat(reply.kind()).isEqualTo("answer");
		assertThat(reply.faqId()).isEqualTo("trash-collection-day");
		assertThat(reply.language()).isEqualTo("es");
		assertThat(reply.text()).contains("portmarlow.example/trash").containsIgnoringCase("basura");
	}

	@Test
	void aPotholeIsReportedReadBackAndFiledInSpanish() {
		Reply first = say("es-report", "hay un bache enorme en mi calle");
		assertThat(first.kind()).isEqualTo("report");
		assertThat(first.text()).contains("¿Dónde está?").contains("bache");
		Reply where = say("es-report", "frente al 200 de Main St");
		assertThat(where.kind()).isEqualTo("confirm");
		assertThat(where.text()).contains("Bache en").contains("¿Lo presento?");
		assertThat(where.suggestions()).containsExactly("SÍ", "NO");
		Reply filed = say("es-report", "sí");
		assertThat(filed.kind()).isEqualTo("filed");
		assertThat(filed.text()).startsWith("¡Listo! Su número de solicitud es");
		String number = filed.text().replaceAll("(?s).*solicitud es (\\S+) .*", "$1");
		Reply status = say("es-report", "estado " + number);
		assertThat(status.kind()).isEqualTo("status");
		assertThat(status.text()).contains("#" + number).contains("Bache").contains("ABIERTA");
	}

	@ParameterizedTest
	@ValueSource(strings = { "me están robando ayuda", "mi papá no respira", "sale humo de la casa del vecino",
			"hay un cable de luz tirado echando chispas frente a la escuela" })
	void aLifeAtRiskIsSentTo911InSpanish(String text) {
		Reply reply = say("es-911-" + text.hashCode(), text);
		assertThat(reply.kind()).isEqualTo("emergency");
		assertThat(reply.text()).startsWith("Llame al 911 ahora");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ya no quiero vivir", "quiero quitarme la vida", "me estoy cortando otra vez" })
	void aCrisisReaches988WithItsSpanishLine(String text) {
		Reply reply = say("es-988-" + text.hashCode(), text);
		assertThat(reply.kind()).isEqualTo("crisis");
		assertThat(reply.text()).contains("988").contains("oprima 2");
	}

	@Test
	void abuseGetsTheHotlineInSpanish() {
		Reply reply = say("es-abuse", "mi esposo me pega y tengo miedo de volver a casa");
		assertThat(reply.kind()).isEqualTo("crisis");
		assertThat(reply.text()).contains("1-800-799-7233").contains("español");
	}

	@Test
	void aResidentSwitchesLanguageAndTheConversationKeepsIt() {
		assertThat(say("switcher", "hello").language()).isEqualTo("en");
		Reply switched = say("switcher", "en español por favor");
		assertThat(switched.kind()).isEqualTo("language");
		assertThat(switched.text()).startsWith("De acuerdo");
		// A message that tells neither language is answered in the one chosen.
		assertThat(say("switcher", "311").language()).isEqualTo("es");
		Reply back = say("switcher", "english please");
		assertThat(back.language()).isEqualTo("en");
		assertThat(back.text()).startsWith("OK, I'll answer in English");
	}

	@Test
	void inEmergencyModeASpanishReaderIsPinnedTheSpanishGuidanceAndAnEnglishReaderTheEnglish(
			@Autowired EmergencyMode mode) {
		mode.declare(new EmergencyDeclaration("flood", "during", "Flood warning", "Stay off flooded roads.",
				"Stay off flooded roads. Shelters are open.", List.of(), List.of(), null, null, "test",
				new Guidance("Aviso de inundación", "No maneje por calles inundadas.",
						"No maneje por calles inundadas. Los refugios están abiertos.")),
				"test");
		try {
			assertThat(say("es-pinned", "¿cómo pago una multa de estacionamiento?").text())
				.startsWith("**Aviso de inundación**: No maneje por calles inundadas.");
			assertThat(say("en-pinned", "how do I pay a parking ticket?").text()).startsWith("**Flood warning**");
		}
		finally {
			mode.end("test", "test over");
		}
	}

	@Test
	void aMessageTooLongToReadIsRefusedInTheResidentsLanguage() {
		String text = "hay un bache enorme en mi calle y nadie lo arregla ".repeat(60);
		assertThatExceptionOfType(UnacceptableMessage.class).isThrownBy(() -> say("es-long", text))
			.withMessageStartingWith("El mensaje es demasiado largo");
	}

	@Test
	void theChannelsHintDecidesWhenTheWordsDoNot() {
		Reply reply = this.conversations.handle(new InboundMessage("web", "es-hint", "311", "es"));
		assertThat(reply.language()).isEqualTo("es");
	}

	@Test
	void aSpanishTextIsAnalyzedWithoutALanguage() {
		Analysis analysis = this.conversations.analyze("hay un bache enorme frente al 200 de la calle Main", null);
		assertThat(analysis.intent()).isEqualTo("report");
		assertThat(analysis.service()).isEqualTo("pothole");
	}

}
