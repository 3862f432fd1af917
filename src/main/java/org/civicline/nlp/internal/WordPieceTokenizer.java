package org.civicline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * BERT's uncased WordPiece tokenizer, as the encoder was trained with it: lower case,
 * accents stripped, punctuation split off, each word then cut into the longest pieces the
 * vocabulary knows. Written here rather than taken from a native library: the algorithm
 * is short, and the JVM then unpacks no native code for it.
 */
final class WordPieceTokenizer {

	private static final String CONTINUATION = "##";

	// BERT's own limit: a longer "word" is a paste of symbols, read as unknown.
	private static final int MAX_WORD_CHARS = 100;

	private final Map<String, Integer> vocabulary;

	private final int unknown;

	private final int start;

	private final int end;

	WordPieceTokenizer(Map<String, Integer> vocabulary) {
		this.vocabulary = Map.copyOf(vocabulary);
		this.unknown = id("[UNK]");
		this.start = id("[CLS]");
		this.end = id("[SEP]");
	}

	/** The vocabulary of a Hugging Face {@code tokenizer.json} (a WordPiece model). */
	static WordPieceTokenizer fromTokenizerJson(InputStream in) {
		// Streamed, reading only the vocabulary: the whole file as a tree cost a start a
		// quarter of a second of processor time.
		try (in; JsonParser parser = JsonMapper.builder().build().createParser(in)) {
			Map<String, Integer> vocabulary = new HashMap<>();
			if (parser.nextToken() == JsonToken.START_OBJECT && enter(parser, "model") && enter(parser, "vocab")) {
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String piece = parser.currentName();
					if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
						throw new IllegalArgumentException(
								"The tokenizer file's vocabulary gives " + piece + " no number");
					}
					vocabulary.put(piece, parser.getIntValue());
				}
			}
			if (vocabulary.isEmpty()) {
				throw new IllegalArgumentException("The tokenizer file has no WordPiece vocabulary");
			}
			return new WordPieceTokenizer(vocabulary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the tokenizer file", ex);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The tokenizer file is not the JSON expected: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Moves the parser, inside an object, into its object-valued property of that name;
	 * false when the object has none.
	 */
	private static boolean enter(JsonParser parser, String name) {
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			boolean wanted = name.equals(parser.currentName());
			JsonToken value = parser.nextToken();
			if (wanted && value == JsonToken.START_OBJECT) {
				return true;
			}
			parser.skipChildren();
		}
		return false;
	}

	Map<String, Integer> vocabulary() {
		return this.vocabulary;
	}

	private int id(String token) {
		Integer id = this.vocabulary.get(token);
		if (id == null) {
			throw new IllegalArgumentException("The vocabulary has no " + token);
		}
		return id;
	}

	/** The ids of [CLS], the text's pieces and [SEP], at most {@code max} in all. */
	long[] ids(String text, int max) {
		List<Integer> ids = new ArrayList<>();
		ids.add(this.start);
		for (String word : words(text)) {
			if (ids.size() >= max - 1) {
				break;
			}
			pieces(word, ids);
		}
		int length = Math.min(ids.size(), max - 1);
		long[] result = new long[length + 1];
		for (int i = 0; i < length; i++) {
			result[i] = ids.get(i);
		}
		result[length] = this.end;
		return result;
	}

	/** Lower-case words without accents, each punctuation mark a word of its own. */
	static List<String> words(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (Character.isWhitespace(c) || Character.isISOControl(c) || c == 0xFFFD) {
				flush(word, words);
			}
			else if (isPunctuation(c)) {
				flush(word, words);
				words.add(String.valueOf(c));
			}
			else {
				word.append(c);
			}
		}
		flush(word, words);
		return words;
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (word.length() > 0) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	// BERT counts every ASCII symbol as punctuation ("$", "^", "`"), and Unicode's
	// punctuation classes beside them.
	private static boolean isPunctuation(char c) {
		if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
			return true;
		}
		return switch (Character.getType(c)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION ->
				true;
			default -> false;
		};
	}

	// Greedy longest match from the left; a word with any part the vocabulary lacks is
	// one unknown token, as in BERT.
	private void pieces(String word, List<Integer> ids) {
		if (word.length() > MAX_WORD_CHARS) {
			ids.add(this.unknown);
			return;
		}
		List<Integer> found = new ArrayList<>();
		int from = 0;
		while (from < word.length()) {
			int to = word.length();
			Integer piece = null;
			while (from < to) {
				String candidate = (from == 0) ? word.substring(from, to) : CONTINUATION + word.substring(from, to);
				piece = this.vocabulary.get(candidate);
				if (piece != null) {
					break;
				}
				to--;
			}
			if (piece == null) {
				ids.add(this.unknown);
				return;
			}
			found.add(piece);
			from = to;
		}
		ids.addAll(found);
	}

}
