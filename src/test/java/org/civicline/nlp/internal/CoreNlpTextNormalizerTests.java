package org.civicline.nlp.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.civicline.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoreNlpTextNormalizerTests {

	private static final TextNormalizer normalizer = new CoreNlpTextNormalizer();

	@Test
	void keepsTheLemmasOfContentWordsOnly() {
		assertThat(normalizer.lemmas("When are the garbage trucks coming to my street?")).containsExactly("garbage",
				"truck", "come", "street");
	}

	@Test
	void foldsResidentsSynonymsIntoOneTerm() {
		assertThat(normalizer.terms("old sofa")).containsExactly("old", "couch");
		assertThat(normalizer.terms("rubbish pickup")).containsExactly("trash", "pickup");
		assertThat(normalizer.terms("my vehicle was towed")).containsExactly("car", "tow");
	}

	@Test
	void readsSmsShorthandAsTheWordsItStandsFor() {
		assertThat(normalizer.terms("wat day is garb pickup on my st")).containsExactly("day", "trash", "pickup",
				"street");
	}

	@Test
	void splitsHyphenatedWordsAsResidentsAlsoWriteThemApart() {
		assertThat(normalizer.terms("e-waste drop-off")).isEqualTo(normalizer.terms("e waste drop off"));
	}

	@Test
	void findsNothingInPunctuationOrStopWords() {
		assertThat(normalizer.terms("?? !! ... is it the")).isEmpty();
	}

	@Test
	void readsAMessageOfLearnedWordsAsTheTaggerReadThem() {
		CoreNlpTextNormalizer fresh = new CoreNlpTextNormalizer();
		fresh.learn("The trucks were parked on the sidewalk all night.");
		assertThat(fresh.lexiconSize()).isPositive();
		assertThat(fresh.lemmas("trucks parked sidewalk")).containsExactly("truck", "park", "sidewalk");
	}

	@Test
	void readsWordsItNeverLearnedByTheirEndingsAndNamesAsWritten() {
		CoreNlpTextNormalizer fresh = new CoreNlpTextNormalizer();
		assertThat(fresh.lemmas("mattresses dumped in Brooklyn")).containsExactly("mattress", "dump", "brooklyn");
	}

	@Test
	void leavesAWordWhoseLemmaDependsOnTheSentenceToTheTagger() {
		CoreNlpTextNormalizer fresh = new CoreNlpTextNormalizer();
		fresh.learn("She left her keys at the library.");
		fresh.learn("Turn left at the light.");
		assertThat(fresh.words("they left early")).contains("leave");
		assertThat(fresh.words("take the second left")).contains("left");
	}

	@Test
	void readsWhatTheBuildTaggedAndWordsItKnowsWithoutLoadingTheTagger() {
		TaggedTexts shipped = TaggedTexts.none();
		shipped.remember("Cars parked on the sidewalk.",
				new TaggedTexts.Tagging(List.of("Cars", "parked", "on", "the", "sidewalk", "."),
						List.of("car", "park", "on", "the", "sidewalk", ".")));
		CoreNlpTextNormalizer fresh = new CoreNlpTextNormalizer(WordLists.load(), shipped);
		fresh.learn("Cars parked on the sidewalk.");
		assertThat(fresh.lemmas("cars parked on my sidewalk")).containsExactly("car", "park", "sidewalk");
		assertThat(fresh.taggerStarted()).isFalse();
		fresh.learn("A text the build never saw.");
		assertThat(fresh.taggerStarted()).isTrue();
	}

	@Test
	void splitsWordsAsTheWholePipelineDoesOnEveryShippedTextAndOnAwkwardOnes() throws IOException {
		CoreNlpTextNormalizer fresh = new CoreNlpTextNormalizer();
		StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpTextNormalizer.tokenizing());
		List<String> texts = new ArrayList<>(List.of("first line\nsecond line\n\nthird after a blank line",
				"crlf\r\nline", "soft\u00ADhyphen and zero\u200Bwidth", "\"quoted\" 'single' `tick`",
				"$5.00 fine, 3/4 mile, 1-800-555-0100, 5 p.m. on Dr. King Blvd.", "emoji 🚗🔥 and a lone \uD83D",
				"U.S.A. st. e-mail drop-off can't won't y'all", "(((nested))) [brackets] {braces} <tags>", "", "   ",
				"tab\tseparated\u00A0nbsp", "…ellipsis... --dash— –", "&amp; &lt; at&t AT&T"));
		texts.addAll(shippedExamples());
		for (String text : texts) {
			Annotation annotation = new Annotation(text);
			pipeline.annotate(annotation);
			List<String> byPipeline = annotation.get(CoreAnnotations.TokensAnnotation.class)
				.stream()
				.map(CoreLabel::word)
				.toList();
			assertThat(fresh.tokenized(text)).as(text).isEqualTo(byPipeline);
		}
		assertThat(texts).hasSizeGreaterThan(2000);
	}

	@Test
	void splitsCompoundsIntoTheirWordPartsAsARegularExpressionSplitWould() throws IOException {
		Pattern separators = Pattern.compile("[-/_.]+");
		List<String> compounds = new ArrayList<>(
				List.of("drop-off", "and/or", "st.", "u.s.a.", "-leading", "trailing-", "--", "a--b//c", "snake_case",
						"...", "e-mail", "5.00", "1-800-555-0100", "", "-", "a", "!?-x", "x-!?", "n't", "a.-/_b"));
		for (String line : shippedExamples()) {
			compounds.addAll(List.of(line.split("\\s+")));
		}
		for (String compound : compounds) {
			List<String> expected = Stream.of(separators.split(compound))
				.filter((part) -> part.chars().anyMatch(Character::isLetterOrDigit))
				.toList();
			List<String> parts = new ArrayList<>();
			CoreNlpTextNormalizer.addWordParts(compound, parts);
			assertThat(parts).as(compound).isEqualTo(expected);
		}
	}

	/** Every line of the intent examples the project ships. */
	private static List<String> shippedExamples() throws IOException {
		List<String> lines = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("intents"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".txt")).toList()) {
				lines.addAll(Files.readAllLines(file));
			}
		}
		return lines;
	}

}
