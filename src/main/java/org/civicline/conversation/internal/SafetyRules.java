package org.civicline.conversation.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.stream.Collectors.joining;

/**
 * Words that mean a life is at risk now, checked before anything else. The classifier
 * catches what residents phrase in ways no list foresees; these patterns make sure the
 * plainest cases never depend on a model's mood. Questions about the numbers themselves
 * ("when should I call 911?") are left to the FAQ.
 */
final class SafetyRules {

	private static final Pattern CRISIS = anyOf("(kill|hurt|harm|cut) (myself|my self|me)",
			"(suicide|suicidal|end my life|end it all)", "(don'?t|do not|dont) want to (live|be alive|be here|exist)",
			"(no reason|nothing) to live (for)?", "want to die",
			"(husband|wife|boyfriend|girlfriend|partner|ex|father|dad|mother|mom|stepdad) (hits|beats|is beating|beat|choked|chokes|abuses|hurts|threatens|threatened) (me|us)",
			"(domestic (violence|abuse))", "scared to go home", "(me pega|quiero morir|no quiero vivir|matarme)");

	private static final Pattern EMERGENCY = anyOf("(is|are|'s|s) on fire",
			"(house|building|kitchen|car|apartment|garage) fire", "fire (in|at) (my|the|our)",
			"smell(s|ing)? (of )?gas", "gas (leak|smell)", "(not|isn'?t|isnt|stopped) breathing",
			"(unconscious|unresponsive|passed out|overdos(e|ing))",
			"(man|woman|person|guy|someone|somebody|child|kid|lady|baby) (is |was )?(slumped|lying|laying|passed out|collapsed|down) (on|in|at)",
			"(has|with) a (gun|knife)", "(shooting|stabbed|stabbing|shot)",
			"(broke|breaking|broken) in(to)? (my|our|the) (house|home|apartment)", "someone (broke|is breaking) in",
			"(being|getting) (attacked|robbed|mugged|assaulted)", "heart attack", "(drowning|choking)",
			"bleeding (badly|a lot|heavily)", "(incendio|fuego|no respira)");

	private static final Pattern ABOUT_THE_NUMBERS = pattern(
			"(when|should|can|what|how|which|difference).{0,40}(911|988|call the police|call police|emergency number)");

	private SafetyRules() {
	}

	static Optional<String> check(String text) {
		if (ABOUT_THE_NUMBERS.matcher(text).find()) {
			return Optional.empty();
		}
		if (CRISIS.matcher(text).find()) {
			return Optional.of(Intent.CRISIS);
		}
		if (EMERGENCY.matcher(text).find()) {
			return Optional.of(Intent.EMERGENCY);
		}
		return Optional.empty();
	}

	// One pattern for a list reads a message once, not once per phrase: every message
	// goes through these, and the phrase-by-phrase reading was a twentieth of the work
	// of reading one.
	private static Pattern anyOf(String... phrases) {
		return pattern(Arrays.stream(phrases).map((phrase) -> "(?:" + phrase + ")").collect(joining("|", "(?:", ")")));
	}

	private static Pattern pattern(String words) {
		return Pattern.compile("(?i)(?<![\\p{L}])" + words + "(?![\\p{L}])");
	}

}
