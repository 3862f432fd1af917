package org.civicline.nlp.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lemmas the tagger gave each word it has read, counted. A message made only of known
 * words is lemmatized from here, each word taking the lemma the tagger gave it most
 * often, without tagging: tagging is most of the cost of reading a message, and for
 * nearly every word ("pothole", "trash", "parked") its answer does not change with the
 * sentence.
 */
class LemmaLexicon {

	// The share of a word's readings a lemma must have to be used without the sentence.
	private static final double DOMINANT_SHARE = 0.9;

	private final int capacity;

	private final Map<String, Lemmas> words = new ConcurrentHashMap<>();

	LemmaLexicon(int capacity) {
		this.capacity = capacity;
	}

	/** Remembers what the tagger made of a word in one sentence. */
	void learn(String word, String lemma) {
		Lemmas known = this.words.get(word);
		if (known == null && this.words.size() >= this.capacity) {
			return;
		}
		this.words.computeIfAbsent(word, (w) -> new Lemmas()).count(lemma);
	}

	/**
	 * The word's lemma when the tagger nearly always gave it that one, or {@code null}
	 * when it never read the word or its lemma depends on the sentence ("cleaning" the
	 * noun, or "clean" the verb).
	 */
	String lemma(String word) {
		Lemmas lemmas = this.words.get(word);
		return (lemmas != null) ? lemmas.dominant() : null;
	}

	boolean known(String word) {
		return this.words.containsKey(word);
	}

	int size() {
		return this.words.size();
	}

	private static final class Lemmas {

		private final Map<String, Integer> counts = new ConcurrentHashMap<>(2);

		private volatile String dominant;

		private int total;

		synchronized void count(String lemma) {
			int count = this.counts.merge(lemma, 1, Integer::sum);
			this.total++;
			String top = this.counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			this.dominant = (this.counts.get(top) >= DOMINANT_SHARE * this.total) ? top : null;
		}

		String dominant() {
			return this.dominant;
		}

	}

}
