package org.civicline.conversation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafetyRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "the house next door is on fire", "I smell gas in the hallway", "my dad is not breathing",
			"someone is breaking in to my house right now", "a man with a gun on Elm St",
			"somebody collapsed on the sidewalk", "a woman is lying on the ground outside the library",
			"robbery in progress at the corner store", "power line down on Elm and it's sparking",
			"we're trapped in the attic, the flood water keeps rising", "my grandmother won't wake up",
			"a guy waving a knife outside the laundromat", "smoke pouring out of the school's windows" })
	void lifeThreateningMessagesAreEmergencies(String text) {
		assertThat(SafetyRules.check(text)).contains(Intent.EMERGENCY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "i want to kill myself", "I don't want to be alive anymore", "my boyfriend hits me",
			"thinking about suicide", "everyone would be better off without me", "my husband choked me",
			"i keep thinking about taking my own life" })
	void thoughtsOfSelfHarmAndAbuseAreCrises(String text) {
		assertThat(SafetyRules.check(text)).contains(Intent.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "when should I call 911 instead of 311?", "what's the difference between 911 and 311",
			"the fire hydrant on my corner is leaking", "collapsed drain grating on Oak Ave",
			"can I have a gas grill on my deck", "fireworks every night on my block", "broken streetlight",
			"the storm drain collapsed at Oak and 5th", "exposed wires at the base of the streetlight pole",
			"beats me why the bus is always late" })
	void questionsAboutTheNumbersAndOrdinaryReportsAreNot(String text) {
		assertThat(SafetyRules.check(text)).isEmpty();
	}

}
