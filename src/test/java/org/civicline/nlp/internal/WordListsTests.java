package org.civicline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How residents' split words and SMS shorthand are read before tagging. */
class WordListsTests {

	final WordLists words = WordLists.load();

	@Test
	void aSplitWordIsJoinedHoweverItIsSplitOrCapitalised() {
		assertThat(this.words.expandShorthand("Pot-Hole on Main St")).isEqualTo("pothole on Main street");
		assertThat(this.words.expandShorthand("two pot  holes and a street light out"))
			.isEqualTo("two potholes and a streetlight out");
	}

	@Test
	void aPhraseInsideALongerWordIsLeftAlone() {
		assertThat(this.words.expandShorthand("spot hole")).isEqualTo("spot hole");
		assertThat(this.words.expandShorthand("pot holed")).isEqualTo("pot holed");
	}

	@Test
	void shorthandIsSpelledOutAndEverythingElseKeptAsWritten() {
		assertThat(this.words.expandShorthand("pls fix it 2morrow, thx!")).contains("please").doesNotContain("pls");
		String plain = "When is trash pickup this week?";
		assertThat(this.words.expandShorthand(plain)).isSameAs(plain);
	}

	@Test
	void phrasesAreJoinedWhereOneAlternationOfThemAllWouldJoinThem() throws IOException {
		Map<String, String> phrases = new LinkedHashMap<>();
		try (InputStream in = WordLists.class.getResourceAsStream("phrases.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String trimmed = line.strip().toLowerCase(Locale.ROOT);
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					String[] sides = trimmed.split("=", 2);
					phrases.put(sides[0].trim(), sides[1].trim());
				}
			}
		}
		WordLists lists = new WordLists(java.util.Set.of(), Map.of(), Map.of(), phrases);
		List<String> alternatives = new ArrayList<>();
		phrases.keySet().forEach((phrase) -> alternatives.add(Pattern.quote(phrase).replace(" ", "\\E[\\s-]*\\Q")));
		Pattern oneAlternation = Pattern
			.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])");

		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("intents"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).toList()) {
				texts.addAll(Files.readAllLines(file));
			}
		}
		phrases.keySet()
			.forEach((phrase) -> texts.addAll(List.of(phrase, phrase.toUpperCase(Locale.ROOT), "x" + phrase,
					phrase + "s", "a " + phrase.replace(' ', '-') + ", " + phrase.replace(" ", "  "))));
		assertThat(texts).hasSizeGreaterThan(1000);
		for (String text : texts) {
			assertThat(lists.expandShorthand(text)).as(text)
				.isEqualTo(joinedByOneAlternation(oneAlternation, phrases, text));
		}
	}

	private static String joinedByOneAlternation(Pattern oneAlternation, Map<String, String> phrases, String text) {
		Matcher phrase = oneAlternation.matcher(text);
		StringBuilder joined = new StringBuilder();
		int from = 0;
		while (phrase.find()) {
			String written = phrase.group().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
			String replacement = phrases.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().replace(" ", "").equals(written))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElseThrow();
			joined.append(text, from, phrase.start()).append(replacement);
			from = phrase.end();
		}
		return joined.append(text, from, text.length()).toString();
	}

	@Test
	void shorthandIsFoundInTheWordsARegularExpressionWouldFind() throws IOException {
		Map<String, String> shorthand = Map.of("pls", "please", "u", "you", "2morrow", "tomorrow", "don't", "do not",
				"ⅻ", "twelve", "½", "half", "٣", "three", "𝐀", "a");
		WordLists lists = new WordLists(java.util.Set.of(), shorthand, Map.of(), Map.of());
		Pattern word = Pattern.compile("[\\p{L}\\p{N}']+");
		List<String> texts = new ArrayList<>(List.of("pls come 2morrow", "U there? u!", "don't-pls", "ⅻ½٣ ⅻ ½ ٣",
				"x𝐀 𝐀 😀u😀 pls", "é pls", "'pls'", "PLS", ""));
		try (Stream<Path> files = Files.walk(Path.of("intents"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).toList()) {
				texts.addAll(Files.readAllLines(file));
			}
		}
		for (String text : texts) {
			Matcher words = word.matcher(text);
			StringBuilder expected = new StringBuilder();
			int from = 0;
			while (words.find()) {
				String replacement = shorthand.get(words.group().toLowerCase(Locale.ROOT));
				if (replacement != null) {
					expected.append(text, from, words.start()).append(replacement);
					from = words.end();
				}
			}
			assertThat(lists.expandShorthand(text)).as(text)
				.isEqualTo(expected.append(text, from, text.length()).toString());
		}
	}

}
