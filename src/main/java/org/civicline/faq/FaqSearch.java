package org.civicline.faq;

import java.util.List;

/** Finds the entries that answer a resident's message. */
public interface FaqSearch {

	/**
	 * The engine's search: lemmas, 311 synonyms, spelling correction and field boosts.
	 */
	FaqMatches search(String text);

	/**
	 * The engine's search with the message's sentence vector beside its words: the
	 * entries whose questions mean the most alike rank with those whose words match best
	 * (hybrid search). Without an index of vectors, the search by words alone.
	 */
	default FaqMatches search(String text, float[] vector) {
		return search(text);
	}

	/**
	 * The search in the FAQ of another language (Spanish): the entries' translated
	 * questions, titles and answers, read with that language's analyzer. English is
	 * {@link #search(String)}.
	 */
	default FaqMatches search(String text, String language) {
		return search(text);
	}

	/**
	 * Plain Lucene BM25 with the standard analyzer over the same entries, kept so
	 * evaluation runs show what the engine adds. Never used to answer residents.
	 */
	List<String> baseline(String text, int max);

}
