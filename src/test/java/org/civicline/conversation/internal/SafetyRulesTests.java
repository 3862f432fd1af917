package org.civicline.conversation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafetyRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "the house next door is on fire", "I smell gas in the hallway", "my dad is not breathing",
			"someone is breaking in to my house right now", "a man with a gun on Elm St",
			"somebody collapsed on the sidewalk", "a woman is lying on the ground outside the library" })
	void lifeThreateningMessagesAreEmergencies(String text) {
		assertThat(SafetyRules.check(text)).contains(Intent.EMERGENCY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "i want to kill myself", "I don't want to be alive anymore", "my boyfriend hits me",
			"thinking about suicide" })
	void thoughtsOfSelfHarmAndAbuseAreCrises(String text) {
		assertThat(SafetyRules.check(text)).contains(Intent.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "when should I call 911 instead of 311?", "what's the difference between 911 and 311",
			"the fire hydrant on my corner is leaking", "collapsed drain grating on Oak Ave",
			"can I have a gas grill on my deck", "fireworks every night on my block", "broken streetlight" })
	void questionsAboutTheNumbersAndOrdinaryReportsAreNot(String text) {
		assertThat(SafetyRules.check(text)).isEmpty();
	}

}
