package org.civicline.nlp;

import java.util.List;

/**
 * Reads a resident's message the way the matchers need it: lower-case lemmas of the
 * content words, without punctuation or stop words, in the order they were written.
 */
public interface TextNormalizer {

	/**
	 * Every word of a text as a lower-case lemma, stop words included ("stop", "my",
	 * "not" matter to an intent), punctuation left out.
	 */
	List<String> words(String text);

	/**
	 * Reads a text the city wrote or approved (an FAQ entry, a training example) with the
	 * full part-of-speech tagger, and remembers the lemma of each of its words, so that a
	 * resident's message made of known words can be read without tagging it.
	 */
	void learn(String text);

	/** Every word of a text as written, in lower case ("parked", not "park"). */
	List<String> tokens(String text);

	/**
	 * The content lemmas of a text, before synonyms are folded (so a spelling checker can
	 * still see the word the resident used).
	 */
	List<String> lemmas(String text);

	/**
	 * The one term a family of 311 synonyms is indexed under ("garbage" becomes "trash").
	 */
	String canonical(String lemma);

	/**
	 * Every word the synonym table knows, so a spelling checker can correct towards them.
	 */
	List<String> synonymVocabulary();

	/** Content lemmas with synonyms folded: what an index stores and a query asks for. */
	default List<String> terms(String text) {
		return lemmas(text).stream().map(this::canonical).toList();
	}

}
