package org.civicline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.civicline.nlp.TextClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the build prepares is what a start would have worked out, and a start uses it only
 * for the texts and examples it was prepared from.
 */
class PreparedReadingsTests {

	private static final List<String> CITY_TEXTS = List.of("The cones were left on the road after the repaving.",
			"Leave bulky items at the curb by 6 a.m. on your collection day.",
			"Parking meters are free on Sundays and city holidays.");

	private static final Map<String, List<String>> EXAMPLES = Map.of("pothole",
			List.of("huge pothole on main street", "pot hole in the road", "deep hole in the pavement"), "noise",
			List.of("loud music next door", "neighbors partying all night", "barking dog wont stop"));

	@TempDir
	Path directory;

	@Test
	void aStartReadsTheCitysTextsAsTheTaggerDidAtBuild() throws IOException {
		CoreNlpTextNormalizer atBuild = new CoreNlpTextNormalizer(WordLists.load(), TaggedTexts.none());
		CITY_TEXTS.forEach(atBuild::learn);
		Path file = this.directory.resolve("tagged.bin");
		atBuild.saveTaggedTexts(file);

		CoreNlpTextNormalizer atStart = new CoreNlpTextNormalizer(WordLists.load(), read(file));
		CITY_TEXTS.forEach(atStart::learn);

		for (String text : CITY_TEXTS) {
			assertThat(atStart.words(text)).isEqualTo(atBuild.words(text));
		}
		String resident = "cones left on my road since the repaving, meters too";
		assertThat(atStart.words(resident)).isEqualTo(atBuild.words(resident));
		assertThat(atStart.lexiconSize()).isEqualTo(atBuild.lexiconSize());
	}

	@Test
	void aShippedTaggingIsUsedInsteadOfTaggingAgain() throws IOException {
		String text = "Street sweeping resumes in April.";
		TaggedTexts shipped = TaggedTexts.none();
		shipped.remember(text, new TaggedTexts.Tagging(List.of("Street", "sweeping", "resumes", "in", "April", "."),
				List.of("street", "broom", "resume", "in", "April", ".")));
		Path file = this.directory.resolve("shipped.bin");
		shipped.save(file);

		CoreNlpTextNormalizer normalizer = new CoreNlpTextNormalizer(WordLists.load(), read(file));
		normalizer.learn(text);

		assertThat(normalizer.lemmas(text)).contains("broom").doesNotContain("sweep");
		assertThat(normalizer.lemmas("sweeping on my street")).contains("broom");
	}

	@Test
	void aServerDoesNotKeepTheTextsItTagsOnlyTheBuildDoes() throws IOException {
		TaggedTexts atBuild = TaggedTexts.none();
		TaggedTexts.Tagging tagging = new TaggedTexts.Tagging(List.of("Bins", "out"), List.of("bin", "out"));
		atBuild.remember("Bins out", tagging);
		Path file = this.directory.resolve("build.bin");
		atBuild.save(file);

		TaggedTexts onServer = read(file);
		onServer.remember("A draft answer staff are trying", tagging);

		assertThat(onServer.tagging("Bins out")).isEqualTo(tagging);
		assertThat(onServer.tagging("A draft answer staff are trying")).isNull();
	}

	@Test
	void aShippedClassifierServesTheExamplesItWasTrainedOnAndNoOthers() throws IOException {
		CoreNlpTextNormalizer normalizer = new CoreNlpTextNormalizer(WordLists.load(), TaggedTexts.none());
		CoreNlpClassifierTrainer atBuild = new CoreNlpClassifierTrainer(normalizer, null);
		TextClassifier trainedAtBuild = atBuild.train(EXAMPLES);
		Path file = this.directory.resolve("classifier.bin");
		atBuild.lastTrained().save(file);

		CoreNlpClassifierTrainer atStart = new CoreNlpClassifierTrainer(normalizer, readClassifier(file));
		String message = "a deep pothole by my house";
		assertThat(atStart.train(EXAMPLES).probabilities(message)).isEqualTo(trainedAtBuild.probabilities(message));

		Map<String, List<String>> changed = Map.of("pothole", EXAMPLES.get("pothole"), "graffiti",
				List.of("graffiti on the wall", "someone spray painted the bridge", "tags all over the park sign"));
		assertThat(atStart.train(changed).probabilities(message)).containsOnlyKeys("pothole", "graffiti");
	}

	private static TaggedTexts read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return TaggedTexts.read(in);
		}
	}

	private static ShippedClassifier readClassifier(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return ShippedClassifier.read(in);
		}
	}

}
