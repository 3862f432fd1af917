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

	static final String EMERGENCY_TEXT = "Call 911 now. This line is for non-emergency city services and cannot "
			+ "send help. If you cannot speak, you can text 911 where it is available.";

	static final String EMERGENCY_SHORT = "Call 911 now. This line cannot send help.";

	static final String CRISIS_TEXT = "You are not alone. Call or text 988 to reach the 988 Suicide & Crisis Lifeline, "
			+ "any time, day or night (chat at 988lifeline.org). If you are in immediate danger, call 911.";

	static final String CRISIS_SHORT = "You are not alone. Call or text 988 (Suicide & Crisis Lifeline), 24/7. "
			+ "In immediate danger, call 911.";

	static final String ABUSE_TEXT = "You deserve to be safe. The National Domestic Violence Hotline is free and "
			+ "confidential, 24/7: call 1-800-799-7233 or text START to 88788. If you are in immediate danger, call 911.";

	static final String ABUSE_SHORT = "You deserve to be safe. Call 1-800-799-7233 or text START to 88788, 24/7. "
			+ "In danger now, call 911.";

	private static final Pattern ABUSE = Pattern
		.compile("(?i)\\b(husband|wife|boyfriend|girlfriend|partner|ex|spouse|father|dad|mother|mom|stepdad|stepfather|"
				+ "family|abus\\w*|beat\\w*|hits?|hitting|domestic|violen\\w*|threaten\\w*|choke\\w*|me pega|golpea)\\b");

	private static final Pattern SELF_HARM = Pattern.compile(
			"(?i)\\b(suicid\\w*|kill myself|end (it|my life)|die|dying|alive|hurt myself|harm myself|cut myself|morir)\\b");

	private SafetyReplies() {
	}

	static Reply emergency() {
		return new Reply("emergency", EMERGENCY_TEXT, EMERGENCY_SHORT, List.of(), null);
	}

	/**
	 * Abuse gets the hotline made for it; thoughts of dying, or anything unclear, get
	 * 988.
	 */
	static Reply crisis(String text) {
		if (ABUSE.matcher(text).find() && !SELF_HARM.matcher(text).find()) {
			return new Reply("crisis", ABUSE_TEXT, ABUSE_SHORT, List.of(), null);
		}
		return new Reply("crisis", CRISIS_TEXT, CRISIS_SHORT, List.of(), null);
	}

}
