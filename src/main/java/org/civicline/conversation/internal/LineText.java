package org.civicline.conversation.internal;

/** A conversation line's text as kept: cut to a number of characters at most. */
final class LineText {

	private LineText() {
	}

	/**
	 * The text, or its start and "…" when it is longer than {@code longest} characters;
	 * the ellipsis counts, so the result is never longer.
	 */
	static String cut(String text, int longest) {
		return (text.length() > longest) ? text.substring(0, longest - 1) + "…" : text;
	}

}
