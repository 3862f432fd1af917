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

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

	private final Set<String> stopWords;

	private final Map<String, String> shorthand;

	private final Map<String, String> canonical;

	// Every split phrase in one pattern, so a message is scanned once for all of them.
	private final Pattern phrases;

	// A phrase as matched, lower case and without its spaces or hyphens ("pothole" for
	// "Pot-Hole"), to what it is replaced with.
	private final Map<String, String> phraseReplacements = new HashMap<>();

	WordLists(Set<String> stopWords, Map<String, String> shorthand, Map<String, String> canonical,
			Map<String, String> phrases) {
		List<String> alternatives = new ArrayList<>();
		for (Map.Entry<String, String> phrase : phrases.entrySet()) {
			alternatives.add(Pattern.quote(phrase.getKey()).replace(" ", "\\E[\\s-]*\\Q"));
			this.phraseReplacements.put(joined(phrase.getKey()), phrase.getValue());
		}
		this.phrases = alternatives.isEmpty() ? null
				: Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])");
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
		if (this.phrases != null) {
			Matcher phrase = this.phrases.matcher(text);
			if (phrase.find()) {
				StringBuilder joined = new StringBuilder(text.length());
				int from = 0;
				do {
					joined.append(text, from, phrase.start())
						.append(this.phraseReplacements.get(joined(phrase.group())));
					from = phrase.end();
				}
				while (phrase.find());
				text = joined.append(text, from, text.length()).toString();
			}
		}
		Matcher word = WORD.matcher(text);
		StringBuilder expanded = null;
		int from = 0;
		while (word.find()) {
			String replacement = this.shorthand.get(word.group().toLowerCase(Locale.ROOT));
			if (replacement != null) {
				if (expanded == null) {
					expanded = new StringBuilder(text.length() + 16);
				}
				expanded.append(text, from, word.start()).append(replacement);
				from = word.end();
			}
		}
		return (expanded == null) ? text : expanded.append(text, from, text.length()).toString();
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
