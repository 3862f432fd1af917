package org.civicline.nlp.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lemmas the tagger gave each word it has read, counted. A known word is lemmatized
 * from here, without tagging, only when one lemma has at least nine in ten of its
 * readings; a message with a known word that has no such lemma ("left": "leave" or
 * "left") goes to the tagger, as the sentence decides. Tagging is most of the cost of
 * reading a message, and for nearly every word ("pothole", "trash", "parked") its answer
 * does not change with the sentence.
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

		// Only read and written in count, which is synchronized.
		private final Map<String, Integer> counts = new HashMap<>(2);

		private String mostGiven;

		private int mostGivenCount;

		private int total;

		// Read without the lock by every message that is lemmatized from here.
		private volatile String dominant;

		synchronized void count(String lemma) {
			int count = this.counts.merge(lemma, 1, Integer::sum);
			this.total++;
			// Only the lemma just counted can overtake; on a tie neither has the share.
			if (count > this.mostGivenCount) {
				this.mostGiven = lemma;
				this.mostGivenCount = count;
			}
			this.dominant = (this.mostGivenCount >= DOMINANT_SHARE * this.total) ? this.mostGiven : null;
		}

		String dominant() {
			return this.dominant;
		}

	}

}
