package org.civicline.conversation.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Words that mean a life is at risk now, checked before anything else. The classifier
 * catches what residents phrase in ways no list foresees; these patterns make sure the
 * plainest cases never depend on a model's mood. Questions about the numbers themselves
 * ("when should I call 911?") are left to the FAQ.
 */
final class SafetyRules {

	private static final List<Pattern> CRISIS = List.of(pattern("(kill|hurt|harm|cut) (myself|my self|me)"),
			pattern("(suicide|suicidal|end my life|end it all)"),
			pattern("(don'?t|do not|dont) want to (live|be alive|be here|exist)"),
			pattern("(no reason|nothing) to live (for)?"), pattern("want to die"),
			pattern("(husband|wife|boyfriend|girlfriend|partner|ex|father|dad|mother|mom|stepdad) (hits|beats|is beating|beat|choked|chokes|abuses|hurts|threatens|threatened) (me|us)"),
			pattern("(domestic (violence|abuse))"), pattern("scared to go home"),
			pattern("(me pega|quiero morir|no quiero vivir|matarme)"));

	private static final List<Pattern> EMERGENCY = List.of(pattern("(is|are|'s|s) on fire"),
			pattern("(house|building|kitchen|car|apartment|garage) fire"), pattern("fire (in|at) (my|the|our)"),
			pattern("smell(s|ing)? (of )?gas"), pattern("gas (leak|smell)"),
			pattern("(not|isn'?t|isnt|stopped) breathing"),
			pattern("(unconscious|unresponsive|passed out|overdos(e|ing))"),
			pattern("(man|woman|person|guy|someone|somebody|child|kid|lady|baby) (is |was )?(slumped|lying|laying|passed out|collapsed|down) (on|in|at)"),
			pattern("(has|with) a (gun|knife)"), pattern("(shooting|stabbed|stabbing|shot)"),
			pattern("(broke|breaking|broken) in(to)? (my|our|the) (house|home|apartment)"),
			pattern("someone (broke|is breaking) in"), pattern("(being|getting) (attacked|robbed|mugged|assaulted)"),
			pattern("heart attack"), pattern("(drowning|choking)"), pattern("bleeding (badly|a lot|heavily)"),
			pattern("(incendio|fuego|no respira)"));

	private static final Pattern ABOUT_THE_NUMBERS = pattern(
			"(when|should|can|what|how|which|difference).{0,40}(911|988|call the police|call police|emergency number)");

	private SafetyRules() {
	}

	static Optional<String> check(String text) {
		if (ABOUT_THE_NUMBERS.matcher(text).find()) {
			return Optional.empty();
		}
		if (CRISIS.stream().anyMatch((pattern) -> pattern.matcher(text).find())) {
			return Optional.of(Intent.CRISIS);
		}
		if (EMERGENCY.stream().anyMatch((pattern) -> pattern.matcher(text).find())) {
			return Optional.of(Intent.EMERGENCY);
		}
		return Optional.empty();
	}

	private static Pattern pattern(String words) {
		return Pattern.compile("(?i)(?<![\\p{L}])" + words + "(?![\\p{L}])");
	}

}
