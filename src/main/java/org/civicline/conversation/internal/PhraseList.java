package org.civicline.conversation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.stream.Collectors.joining;

/**
 * A list of phrases (regular expressions on lower-case text) found as whole words: the
 * same answer as one alternation {@code (?<!\p{L})(?:a|b|…)(?!\p{L})}, found faster. At
 * each word's start it tries only the phrases that can begin with that character, where
 * the one alternation tries every phrase at every start; with a hundred phrases read on
 * every message, that was a tenth of the server's work.
 */
final class PhraseList {

	// Phrases begin with a letter, a digit or punctuation of the Latin alphabets.
	private static final char BEYOND = 0x250;

	private final Pattern[] byFirstCharacter = new Pattern[BEYOND];

	PhraseList(String... phrases) {
		Map<Character, List<String>> buckets = new HashMap<>();
		for (String phrase : phrases) {
			Pattern alone = Pattern.compile(phrase);
			for (char first = 0x20; first < BEYOND; first++) {
				// A one-character input that matches, or that ran out before the phrase
				// could decide, is a character the phrase can begin with.
				Matcher start = alone.matcher(String.valueOf(first));
				if (start.lookingAt() || start.hitEnd()) {
					buckets.computeIfAbsent(first, (c) -> new ArrayList<>()).add(phrase);
				}
			}
		}
		buckets.forEach((first, starting) -> this.byFirstCharacter[first] = Pattern.compile(
				starting.stream().map((phrase) -> "(?:" + phrase + ")").collect(joining("|", "(?:", ")(?![\\p{L}])"))));
	}

	boolean foundIn(String text) {
		for (int at = 0; at < text.length(); at++) {
			if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
				continue;
			}
			char first = text.charAt(at);
			Pattern starting = (first < BEYOND) ? this.byFirstCharacter[first] : null;
			if (starting != null && starting.matcher(text).region(at, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

}
