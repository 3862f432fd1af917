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
 *
 * <p>
 * For a word without such a lemma, the lemmas it took beside each neighbour are counted
 * too: after "street", "cleaning" is always the noun. When the word beside it in a
 * message settles the lemma the same way, the message is not tagged either.
 */
class LemmaLexicon {

	// The share of a word's readings a lemma must have to be used without the sentence.
	private static final double DOMINANT_SHARE = 0.9;

	private final int capacity;

	private final Map<String, Lemmas> words = new ConcurrentHashMap<>();

	// "word<before" and "word>after", neighbours in lower case, empty at either end.
	private final Map<String, Lemmas> besides = new ConcurrentHashMap<>();

	LemmaLexicon(int capacity) {
		this.capacity = capacity;
	}

	/** Remembers what the tagger made of a word in one sentence. */
	void learn(String word, String lemma) {
		count(this.words, word, lemma);
	}

	/**
	 * Remembers what the tagger made of a word between two neighbours (in lower case,
	 * empty at the start or end of the text).
	 */
	void learn(String word, String before, String after, String lemma) {
		learn(word, lemma);
		count(this.besides, word + "<" + before, lemma);
		count(this.besides, word + ">" + after, lemma);
	}

	private void count(Map<String, Lemmas> counted, String key, String lemma) {
		if (!counted.containsKey(key) && counted.size() >= this.capacity) {
			return;
		}
		counted.computeIfAbsent(key, (k) -> new Lemmas()).count(lemma);
	}

	/**
	 * The word's lemma between these neighbours: its own nearly constant lemma, or else
	 * the one it nearly always took beside one of them (if both neighbours settle it,
	 * they must agree); {@code null} when the tagger must decide.
	 */
	String lemma(String word, String before, String after) {
		String alone = lemma(word);
		if (alone != null) {
			return alone;
		}
		String byBefore = dominant(this.besides.get(word + "<" + before));
		String byAfter = dominant(this.besides.get(word + ">" + after));
		if (byBefore != null && byAfter != null) {
			return byBefore.equals(byAfter) ? byBefore : null;
		}
		return (byBefore != null) ? byBefore : byAfter;
	}

	private static String dominant(Lemmas lemmas) {
		return (lemmas != null) ? lemmas.dominant() : null;
	}

	/**
	 * The word's lemma when the tagger nearly always gave it that one, or {@code null}
	 * when it never read the word or its lemma depends on the sentence ("cleaning" the
	 * noun, or "clean" the verb).
	 */
	String lemma(String word) {
		return dominant(this.words.get(word));
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
