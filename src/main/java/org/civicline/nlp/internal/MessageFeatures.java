package org.civicline.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.civicline.nlp.TextNormalizer;

/**
 * The features a message is classified on. Words and word pairs carry the meaning ("turn
 * off", "not breathing"); 311 synonym terms let one example teach its whole family; word
 * beginnings survive most typos; the shape of the message (an address, a question, its
 * length) separates reports from questions from chit-chat.
 */
final class MessageFeatures {

	static final Pattern ADDRESS = Pattern.compile(
			"(?i)\\b\\d{1,5}\\s+(\\w+\\s){0,3}(st|street|ave|avenue|rd|road|blvd|boulevard|pl|place|dr|drive|way|ln|lane|ct|court|sq|square|pkwy|hwy|terrace|ter)\\b");

	static final Pattern INTERSECTION = Pattern
		.compile("(?i)\\b(corner of|intersection of|\\w+ (and|&|y) \\w+ (st|street|ave|avenue|rd|road))\\b");

	private final TextNormalizer normalizer;

	MessageFeatures(TextNormalizer normalizer) {
		this.normalizer = normalizer;
	}

	List<String> of(String text) {
		List<String> words = this.normalizer.words(text);
		List<String> features = new ArrayList<>(words.size() * 4 + 6);
		String previous = "<s>";
		for (String word : words) {
			features.add("w=" + word);
			features.add("b=" + previous + "_" + word);
			String canonical = this.normalizer.canonical(word);
			if (!canonical.equals(word)) {
				features.add("c=" + canonical);
			}
			if (word.length() >= 5 && Character.isLetter(word.charAt(0))) {
				features.add("p=" + word.substring(0, 4));
				String padded = "^" + word + "$";
				for (int i = 0; i + 4 <= padded.length(); i++) {
					features.add("g=" + padded.substring(i, i + 4));
				}
			}
			previous = word;
		}
		features.add("b=" + previous + "_</s>");
		// The written form tells apart what lemmas merge: "parked" (a car) from "park" (a
		// place).
		List<String> tokens = this.normalizer.tokens(text);
		for (String token : tokens) {
			if (!words.contains(token)) {
				features.add("t=" + token);
			}
		}
		features.add("len=" + lengthBucket(words.size()));
		if (words.size() <= 3) {
			features.add("short=" + String.join("_", words));
		}
		if (text.indexOf('?') >= 0) {
			features.add("question");
		}
		if (looksLikeAnAddress(text)) {
			features.add("address");
		}
		if (words.stream().anyMatch((word) -> word.chars().allMatch(Character::isDigit))) {
			features.add("number");
		}
		return features;
	}

	// The patterns scan every character of every message, a tenth of the work of reading
	// one; a message without what each needs at least (a digit; a joining word) is not
	// scanned.
	static boolean looksLikeAnAddress(String text) {
		if (hasDigit(text) && ADDRESS.matcher(text).find()) {
			return true;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		boolean couldBeAnIntersection = lower.contains("corner of") || lower.contains("intersection of")
				|| lower.contains(" and ") || lower.contains(" & ") || lower.contains(" y ");
		return couldBeAnIntersection && INTERSECTION.matcher(text).find();
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	private static String lengthBucket(int words) {
		if (words <= 2) {
			return String.valueOf(words);
		}
		if (words <= 5) {
			return "3-5";
		}
		return (words <= 12) ? "6-12" : (words <= 30) ? "13-30" : "31+";
	}

}
