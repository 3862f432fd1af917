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
			"(domestic (violence|abuse))", "scared to go home", "(me pega|quiero morir|no quiero vivir|matarme)",
			"(kill|killing|end|ending|take|taking) (myself|my own life|my life)", "(self[- ]?harm|cutting myself)",
			"better off (without me|if i was gone|if i were gone|dead)",
			"(chokes|choked|strangles|strangled|slaps|slapped|beat up|beats up) me", "my abuser",
			"threaten(s|ed)? to kill (me|us|the kids|my)");

	private static final Pattern EMERGENCY = anyOf("(is|are|'s|s) on fire",
			"(house|building|kitchen|car|apartment|garage) fire", "fire (in|at) (my|the|our)",
			"smell(s|ing)? (of )?gas", "gas (leak|smell)", "(not|isn'?t|isnt|stopped) breathing",
			"(unconscious|unresponsive|passed out|overdos(e|ing))",
			"(man|woman|person|guy|someone|somebody|child|kid|lady|baby) (is |was )?(slumped|lying|laying|passed out|collapsed|down) (on|in|at)",
			"(has|with) a (gun|knife)", "(shooting|stabbed|stabbing|shot)",
			"(broke|breaking|broken) in(to)? (my|our|the) (house|home|apartment)", "someone (broke|is breaking) in",
			"(being|getting) (attacked|robbed|mugged|assaulted)", "heart attack", "(drowning|choking)",
			"bleeding (badly|a lot|heavily)", "(incendio|fuego|no respira)",
			"(robbery|break[- ]?in|burglary|carjacking|home invasion|mugging|shooting|stabbing|fight) (in progress|happening (right )?now|going on (right )?now)",
			"active shooter", "armed (man|woman|person|guy|robber|intruder|men)",
			"(waving|pointing|swinging|holding|brandishing) (a|his|her|their) (gun|pistol|rifle|knife|machete|weapon)",
			"(wire|wires|power ?line|power ?lines|cable|transformer)s? .{0,40}(sparking|sparks|arcing|on fire)",
			"live wires?", "(sparking|arcing) (wire|wires|power ?line|cable)",
			"(trapped|stuck) (in|under|on|inside) .{0,40}(water|flood|fire|burning|rubble|collapse|roof|river|car)",
			"(water|flood).{0,40}(rising|up to).{0,60}(can'?t|cannot|trapped|stuck|help)",
			"(smoke|flames) (is |are )?(pouring|coming|billowing|shooting) (out|from|through)",
			"(won'?t|will not|does ?n'?t|is ?n'?t) (wake up|respond|responding|answer me)",
			"(having a seizure|turning blue|foaming at the mouth|can'?t breathe|cannot breathe)");

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
