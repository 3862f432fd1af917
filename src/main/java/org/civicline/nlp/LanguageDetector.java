package org.civicline.nlp;

import java.util.Optional;

/**
 * Tells Spanish from English in a resident's message, and hears a resident asking for the
 * other language ("en español", "english please").
 */
public interface LanguageDetector {

	/** The languages CivicLine answers in, as BCP 47 tags. */
	String ENGLISH = "en";

	String SPANISH = "es";

	/**
	 * The language the text is written in, when its words say so clearly; empty for a
	 * text too short or too mixed to tell ("ok", "311", an address), which the caller
	 * reads in the language the conversation already has.
	 */
	Optional<String> detect(String text);

	/**
	 * The language the resident asks to be answered in, when the message is such a
	 * request and nothing else; empty otherwise.
	 */
	Optional<String> requested(String text);

	/**
	 * {@code es} for Spanish tags ({@code es}, {@code es-MX}), {@code en} for anything
	 * else.
	 */
	static String supported(String tag) {
		return (tag != null && tag.toLowerCase(java.util.Locale.ROOT).startsWith(SPANISH)) ? SPANISH : ENGLISH;
	}

}
