package org.civicline.nlp.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

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

	@Test
	void readsEveryPieceOfTheVocabularyWithItsNumber() throws Exception {
		Map<String, Integer> expected = new HashMap<>();
		try (InputStream in = WordPieceTokenizerTests.class.getClassLoader()
			.getResourceAsStream(OnnxSentenceEncoder.VOCABULARY)) {
			JsonMapper.builder()
				.build()
				.readTree(in)
				.path("model")
				.path("vocab")
				.properties()
				.forEach((entry) -> expected.put(entry.getKey(), entry.getValue().asInt()));
		}

		assertThat(expected).hasSizeGreaterThan(30_000);
		assertThat(tokenizer.vocabulary()).isEqualTo(expected);
	}

	@Test
	void findsTheModelsVocabularyAmongOtherSettings() {
		String json = """
				{"version": "1.0", "normalizer": {"vocab": {"wrong": 9}, "lists": [[1, 2], {"a": 1}]},
				 "model": {"type": "WordPiece", "unk_token": "[UNK]",
				           "vocab": {"[UNK]": 0, "[CLS]": 1, "[SEP]": 2, "trash": 3}}}
				""";

		WordPieceTokenizer read = WordPieceTokenizer.fromTokenizerJson(stream(json));

		assertThat(read.vocabulary()).containsOnly(entry("[UNK]", 0), entry("[CLS]", 1), entry("[SEP]", 2),
				entry("trash", 3));
		assertThat(read.ids("trash", 8)).containsExactly(1, 3, 2);
	}

	@Test
	void refusesAFileWithoutAVocabularyOrWithAPieceWithoutANumberOrCutShort() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WordPieceTokenizer.fromTokenizerJson(stream("{\"model\": {\"type\": \"BPE\"}}")))
			.withMessageContaining("no WordPiece vocabulary");
		assertThatIllegalArgumentException().isThrownBy(
				() -> WordPieceTokenizer.fromTokenizerJson(stream("{\"model\": {\"vocab\": {\"[CLS]\": \"one\"}}}")))
			.withMessageContaining("[CLS]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WordPieceTokenizer.fromTokenizerJson(stream("{\"model\": {\"vocab\": {\"[CLS]\": 1,")))
			.withMessageContaining("not the JSON expected");
	}

	private static InputStream stream(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

}
