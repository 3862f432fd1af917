package org.civicline.conversation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

class PhraseListTests {

	// The shapes the safety phrases take: a word, a group of words, an optional part, a
	// leading apostrophe, gaps of any characters, Spanish words without accents.
	static final String[] PHRASES = { "(is|are|'s|s) on fire", "gas (leak|smell)", "(has|with) a (gun|knife)",
			"(man|woman|person) (is |was )?(slumped|lying) (on|in|at)", "live wires?",
			"(wire|wires|power ?lines?)s? .{0,40}(sparking|sparks)", "(me quiero|quiero|voy a) (matar|morir)\\w*",
			"no (le )?(veo|encuentro) sentido (a |)(la vida|nada)", "fire en (la|el|mi)",
			"(when|should|can).{0,40}(911|988)", "(self[- ]?harm|cutting myself)" };

	@Test
	void findsWhatOneAlternationOfTheSamePhrasesFinds() throws IOException {
		PhraseList list = new PhraseList(PHRASES);
		Pattern one = Pattern.compile("(?<![\\p{L}])"
				+ java.util.Arrays.stream(PHRASES).map((p) -> "(?:" + p + ")").collect(joining("|", "(?:", ")"))
				+ "(?![\\p{L}])");
		List<String> texts = new ArrayList<>(List.of("the house's on fire", "my houses on fire", "shouses on fire",
				"there's a gas leak", "gasleak", "a man with a gun", "a man with a gunner",
				"woman was lying in the road", "live wire down", "olive wires", "power lines down and sparking",
				"power line sparks", "me quiero matar", "quiero morirme", "no le veo sentido a la vida",
				"fire en la cocina", "firen la", "when should i call 911", "can i text 9110", "self-harm", "selfharm",
				"self harm", "", "s on fire", "a", "gas\nleak", "gas\u00A0leak", "🔥 is on fire", "x is on fire🔥",
				"is on fire\u0301"));
		try (InputStream in = getClass().getResourceAsStream("/eval/es/cases.jsonl")) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map((line) -> line.replaceAll(".*\"text\": ?\"([^\"]*)\".*", "$1"))
				.forEach(texts::add);
		}
		try (Stream<Path> files = Files.walk(Path.of("intents"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".txt")).toList()) {
				texts.addAll(Files.readAllLines(file));
			}
		}
		int found = 0;
		for (String text : texts) {
			String lower = SafetyRules.withoutAccents(text.toLowerCase(Locale.ROOT));
			boolean expected = one.matcher(lower).find();
			assertThat(list.foundIn(lower)).as(text).isEqualTo(expected);
			found += expected ? 1 : 0;
		}
		assertThat(found).as("texts the phrases are in").isGreaterThan(15);
		assertThat(texts).hasSizeGreaterThan(2000);
	}

}
