package org.civicline.nlp.internal;

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

}
