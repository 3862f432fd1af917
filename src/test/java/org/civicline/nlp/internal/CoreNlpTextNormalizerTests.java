package org.civicline.nlp.internal;

import java.util.List;

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

}
