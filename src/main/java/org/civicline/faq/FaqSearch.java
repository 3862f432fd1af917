package org.civicline.faq;

import java.util.List;

/** Finds the entries that answer a resident's message. */
public interface FaqSearch {

	/**
	 * The engine's search: lemmas, 311 synonyms, spelling correction and field boosts.
	 */
	FaqMatches search(String text);

	/**
	 * Plain Lucene BM25 with the standard analyzer over the same entries, kept so
	 * evaluation runs show what the engine adds. Never used to answer residents.
	 */
	List<String> baseline(String text, int max);

}
