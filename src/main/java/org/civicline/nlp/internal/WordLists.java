package org.civicline.nlp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists that make a general-purpose lemmatizer read 311 messages: stop words,
 * SMS shorthand, and synonym families. They are data files beside this class so a city
 * can extend them without touching code.
 */
final class WordLists {

	private final Set<String> stopWords;

	private final Map<String, String> shorthand;

	private final Map<String, String> canonical;

	// The split phrases by their first character (lower case): at a word's start only the
	// phrases that begin with its character are tried. One alternation of every phrase
	// tried at every character was a twentieth of the processor time of a message.
	private final Map<Character, Pattern> phrasesByFirstCharacter = new HashMap<>();

	// A phrase as matched, lower case and without its spaces or hyphens ("pothole" for
	// "Pot-Hole"), to what it is replaced with.
	private final Map<String, String> phraseReplacements = new HashMap<>();

	WordLists(Set<String> stopWords, Map<String, String> shorthand, Map<String, String> canonical,
			Map<String, String> phrases) {
		Map<Character, List<String>> alternatives = new HashMap<>();
		for (Map.Entry<String, String> phrase : phrases.entrySet()) {
			if (phrase.getKey().isEmpty()) {
				continue;
			}
			alternatives.computeIfAbsent(firstCharacterKey(phrase.getKey().charAt(0)), (first) -> new ArrayList<>())
				.add(Pattern.quote(phrase.getKey()).replace(" ", "\\E[\\s-]*\\Q"));
			this.phraseReplacements.put(joined(phrase.getKey()), phrase.getValue());
		}
		alternatives.forEach((first, starting) -> this.phrasesByFirstCharacter.put(first,
				Pattern.compile("(?i)(?:" + String.join("|", starting) + ")(?![\\p{L}])")));
		this.stopWords = Set.copyOf(stopWords);
		this.shorthand = Map.copyOf(shorthand);
		this.canonical = Map.copyOf(canonical);
	}

	static WordLists load() {
		Set<String> stopWords = new HashSet<>();
		lines("stopwords.txt").forEach((line) -> stopWords.addAll(List.of(line.split("\\s+"))));
		Map<String, String> shorthand = pairs("shorthand.txt");
		Map<String, String> phrases = pairs("phrases.txt");
		Map<String, String> canonical = new HashMap<>();
		for (String line : lines("synonyms.txt")) {
			String[] sides = line.split(":", 2);
			String term = sides[0].trim();
			for (String synonym : sides[1].trim().split("\\s+")) {
				canonical.put(synonym, term);
			}
		}
		return new WordLists(stopWords, shorthand, canonical, phrases);
	}

	private static Map<String, String> pairs(String resource) {
		Map<String, String> pairs = new HashMap<>();
		for (String line : lines(resource)) {
			String[] sides = line.split("=", 2);
			pairs.put(sides[0].trim(), sides[1].trim());
		}
		return pairs;
	}

	boolean isStopWord(String lemma) {
		return this.stopWords.contains(lemma);
	}

	String canonical(String lemma) {
		return this.canonical.getOrDefault(lemma, lemma);
	}

	List<String> synonymVocabulary() {
		Set<String> all = new HashSet<>(this.canonical.keySet());
		all.addAll(this.canonical.values());
		return List.copyOf(all);
	}

	/**
	 * Joins words residents split ("pot hole") and replaces SMS shorthand ("pls", "u",
	 * "2morrow") with the words a tagger knows.
	 */
	String expandShorthand(String text) {
		text = joinPhrases(text);
		StringBuilder expanded = null;
		int from = 0;
		int at = 0;
		while (at < text.length()) {
			int end = wordEnd(text, at);
			if (end == at) {
				at += Character.charCount(text.codePointAt(at));
				continue;
			}
			String replacement = this.shorthand.get(text.substring(at, end).toLowerCase(Locale.ROOT));
			if (replacement != null) {
				if (expanded == null) {
					expanded = new StringBuilder(text.length() + 16);
				}
				expanded.append(text, from, at).append(replacement);
				from = end;
			}
			at = end;
		}
		return (expanded == null) ? text : expanded.append(text, from, text.length()).toString();
	}

	/**
	 * Where the word starting at {@code at} ends: a run of letters, numbers and
	 * apostrophes ({@code [\\p{L}\\p{N}']+}), scanned without a regular expression as
	 * every message passes here.
	 */
	private static int wordEnd(String text, int at) {
		int end = at;
		while (end < text.length()) {
			char c = text.charAt(end);
			if (c < 0x80) {
				if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'')) {
					return end;
				}
				end++;
				continue;
			}
			int codePoint = text.codePointAt(end);
			int type = Character.getType(codePoint);
			if (!Character.isLetter(codePoint) && type != Character.DECIMAL_DIGIT_NUMBER
					&& type != Character.LETTER_NUMBER && type != Character.OTHER_NUMBER) {
				return end;
			}
			end += Character.charCount(codePoint);
		}
		return end;
	}

	/**
	 * Replaces each split phrase found as whole words, leftmost first and, where two
	 * begin at one place, the first listed (what one alternation of them all would find).
	 */
	private String joinPhrases(String text) {
		StringBuilder joined = null;
		int from = 0;
		int at = 0;
		while (at < text.length()) {
			Pattern starting = (at > 0 && Character.isLetter(text.codePointBefore(at))) ? null
					: this.phrasesByFirstCharacter.get(firstCharacterKey(text.charAt(at)));
			Matcher phrase = (starting != null) ? starting.matcher(text).region(at, text.length()) : null;
			if (phrase == null || !phrase.lookingAt()) {
				at++;
				continue;
			}
			if (joined == null) {
				joined = new StringBuilder(text.length());
			}
			joined.append(text, from, at).append(this.phraseReplacements.get(joined(phrase.group())));
			from = phrase.end();
			at = from;
		}
		return (joined == null) ? text : joined.append(text, from, text.length()).toString();
	}

	// Phrases are matched ignoring the case of ASCII letters only, as (?i) does.
	private static char firstCharacterKey(char first) {
		return (first < 0x80) ? Character.toLowerCase(first) : first;
	}

	private static String joined(String phrase) {
		StringBuilder joined = new StringBuilder(phrase.length());
		for (int i = 0; i < phrase.length(); i++) {
			char c = phrase.charAt(i);
			if (c != '-' && !Character.isWhitespace(c)) {
				joined.append(Character.toLowerCase(c));
			}
		}
		return joined.toString();
	}

	private static List<String> lines(String resource) {
		List<String> lines = new ArrayList<>();
		try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(trimmed.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
