package org.civicline.nlp.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordPieceTokenizerTests {

	static final WordPieceTokenizer tokenizer = WordPieceTokenizer.fromTokenizerJson(
			WordPieceTokenizerTests.class.getClassLoader().getResourceAsStream(OnnxSentenceEncoder.VOCABULARY));

	@Test
	void wrapsTheWordsInTheStartAndEndMarkersBertExpects() {
		// bert-base-uncased: [CLS]=101 hello=7592 world=2088 [SEP]=102
		assertThat(tokenizer.ids("Hello world", 128)).containsExactly(101, 7592, 2088, 102);
	}

	@Test
	void cutsAWordItDoesNotKnowIntoTheLongestPiecesItDoes() {
		// un ##aff ##able, the example of the WordPiece paper's vocabulary
		assertThat(tokenizer.ids("unaffable", 128)).containsExactly(101, 14477, 20961, 3468, 102);
	}

	@Test
	void foldsCaseAndAccentsAndSplitsOffPunctuation() {
		assertThat(WordPieceTokenizer.words("Café, ÁREA!")).containsExactly("cafe", ",", "area", "!");
		assertThat(tokenizer.ids("CAFÉ", 128)).isEqualTo(tokenizer.ids("cafe", 128));
	}

	@Test
	void keepsTheEndMarkerWhenALongTextIsCut() {
		long[] ids = tokenizer.ids("pothole ".repeat(500), 16);
		assertThat(ids).hasSize(16);
		assertThat(ids[0]).isEqualTo(101);
		assertThat(ids[15]).isEqualTo(102);
	}

	@Test
	void readsAnEmptyTextAsTheMarkersAlone() {
		assertThat(tokenizer.ids("   ", 128)).containsExactly(101, 102);
	}

}
