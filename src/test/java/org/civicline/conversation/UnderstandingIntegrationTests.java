package org.civicline.conversation;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the engine reads wordings that appear nowhere in {@code intents/} or the FAQ: the
 * word classifier and the sentence encoder together, as a resident meets them.
 */
@CivicLineIntegrationTest
class UnderstandingIntegrationTests {

	@Autowired
	Conversations conversations;

	@ParameterizedTest
	@ValueSource(strings = { "my uncle fell off the ladder and can't move his legs",
			"the creek overflowed and a family is stranded on their car",
			"there are men with rifles shouting outside the bodega" })
	void aLifeAtRiskInWordsNoExampleUsesStillReaches911(String text) {
		assertThat(this.conversations.analyze(text, "en").intent()).isEqualTo("emergency");
	}

	@ParameterizedTest
	@ValueSource(strings = { "i can't take it anymore, tonight i'm ending things",
			"my stepfather keeps hurting me and i'm afraid to be home" })
	void aCrisisInWordsNoExampleUsesStillReaches988(String text) {
		assertThat(this.conversations.analyze(text, "en").intent()).isEqualTo("crisis");
	}

	@ParameterizedTest
	@ValueSource(strings = { "what's a good recipe for banana bread",
			"book me a table for two at an italian place tonight", "what's the cheapest flight to denver next friday" })
	void anOffTopicQuestionIsNeitherFiledNorAnswered(String text) {
		Analysis analysis = this.conversations.analyze(text, "en");
		assertThat(analysis.intent()).isNotIn("report", "faq");
		assertThat(analysis.service()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"rats running in and out of the dumpster behind the restaurant all day | health-hazard",
			"mold growing all over the hallway of my apartment building, landlord ignores it | health-hazard",
			"a manhole cover is missing and there's an open hole in the crosswalk | dangerous-condition",
			"scaffolding on the building is leaning over the sidewalk and looks ready to fall | dangerous-condition" })
	void aServiceWithFewExamplesIsChosenWhenItFits(String text, String service) {
		Analysis analysis = this.conversations.analyze(text, "en");
		assertThat(analysis.intent()).isEqualTo("report");
		assertThat(analysis.service()).isEqualTo(service);
	}

}
