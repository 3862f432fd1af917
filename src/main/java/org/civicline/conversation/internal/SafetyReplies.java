package org.civicline.conversation.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.civicline.conversation.Reply;

/**
 * What the engine says when a life may be at risk. Short enough for one SMS, the number
 * first. The numbers are the national ones every US resident can reach: 911, the 988
 * Suicide & Crisis Lifeline, and the National Domestic Violence Hotline.
 */
final class SafetyReplies {

	private static final Pattern ABUSE = Pattern
		.compile("(?i)\\b(husband|wife|boyfriend|girlfriend|partner|ex|spouse|father|dad|mother|mom|stepdad|stepfather|"
				+ "family|abus\\w*|beat\\w*|hits?|hitting|domestic|violen\\w*|threaten\\w*|choke\\w*|me pega|golpea)\\b");

	private static final Pattern SELF_HARM = Pattern.compile(
			"(?i)\\b(suicid\\w*|kill myself|end (it|my life)|die|dying|alive|hurt myself|harm myself|cut myself|morir)\\b");

	private static final Pattern SPANISH_ABUSE = Pattern.compile("(?i)\\b(esposo|esposa|marido|novio|novia|pareja|ex|"
			+ "padrastro|pega|golpea|golpeo|maltrat\\w*|amenaz\\w*|abus\\w*|violencia|ahorca\\w*)\\b");

	private static final Pattern SPANISH_SELF_HARM = Pattern.compile("(?i)\\b(suicid\\w*|matarme|morir|muerto|muerta|"
			+ "vivir|quitarme la vida|hacerme dano|cortarme|me corto)\\b");

	private SafetyReplies() {
	}

	static Reply emergency(String language) {
		return new Reply("emergency", Phrases.of(language, "safety.emergency"),
				Phrases.of(language, "safety.emergency.short"), List.of(), null, language);
	}

	/**
	 * Abuse gets the hotline made for it; thoughts of dying, or anything unclear, get
	 * 988.
	 */
	static Reply crisis(String text, String language) {
		String folded = SafetyRules.withoutAccents(text);
		boolean abuse = ABUSE.matcher(folded).find() || SPANISH_ABUSE.matcher(folded).find();
		boolean selfHarm = SELF_HARM.matcher(folded).find() || SPANISH_SELF_HARM.matcher(folded).find();
		String kind = (abuse && !selfHarm) ? "safety.abuse" : "safety.crisis";
		return new Reply("crisis", Phrases.of(language, kind), Phrases.of(language, kind + ".short"), List.of(), null,
				language);
	}

}
