package org.civicline.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's Spanish evaluation set ({@code src/test/resources/eval/es/}, written for
 * tests only), read as the engine reads any message: no Spanish life-safety message may
 * miss 911 or 988, and no Spanish question or report may be read as something else
 * entirely because it is in Spanish.
 */
@CivicLineIntegrationTest
class SpanishEvaluationSetIntegrationTests {

	@Autowired
	Conversations conversations;

	@Test
	void everySpanishEmergencyAndCrisisReaches911Or988() throws IOException {
		List<String> missed = new ArrayList<>();
		for (JsonNode testCase : cases()) {
			String expected = testCase.get("expect").get("intent").asString();
			if (expected.equals("emergency") || expected.equals("crisis")) {
				String text = testCase.get("text").asString();
				String read = this.conversations.analyze(text, null).intent();
				if (!read.equals(expected)) {
					missed.add(text + " -> " + read);
				}
			}
		}
		assertThat(missed).isEmpty();
	}

	@Test
	void spanishQuestionsAreAnsweredFromTheSpanishFaq() throws IOException {
		int questions = 0;
		int answeredFirst = 0;
		for (JsonNode testCase : cases()) {
			JsonNode faq = testCase.get("expect").get("faq");
			if (faq != null) {
				questions++;
				List<Analysis.Candidate> found = this.conversations.analyze(testCase.get("text").asString(), "es")
					.faq();
				answeredFirst += (!found.isEmpty() && found.get(0).id().equals(faq.asString())) ? 1 : 0;
			}
		}
		// A floor well below what the set measures (see evaluation in the README), so a
		// break of the Spanish index fails here, not a small change in ranking.
		assertThat(answeredFirst).isGreaterThan(questions * 3 / 4);
	}

	private static List<JsonNode> cases() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		try (InputStream in = SpanishEvaluationSetIntegrationTests.class.getResourceAsStream("/eval/es/cases.jsonl")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank())
				.map(json::readTree)
				.toList();
		}
	}

}
