package org.civicline.nlp;

/**
 * Reads what a text means, not which words it uses: a pretrained sentence encoder, run in
 * process, turns a text into a unit-length vector, and texts that mean the same lie close
 * together ("a guy is breaking into cars" and "someone smashing car windows right now")
 * whatever words they share.
 */
public interface SentenceEncoder {

	/** How many numbers a vector has. */
	int dimensions();

	/**
	 * A resident's text's vector, of length 1, so a dot product is the cosine similarity.
	 * The array is shared: read it, never write it.
	 */
	float[] encode(String text);

	/**
	 * The vector of a text the city wrote or approved (an example, an FAQ question),
	 * remembered: the build ships the vectors of the shipped texts, so a start encodes
	 * only what changed since.
	 */
	float[] learn(String text);

	/**
	 * The vector a start of the jar reads for a text learned now ({@link #learn}): the
	 * build ships those vectors at eight bits a number. What the build ships that is made
	 * of them must be made of these to equal what a start would make.
	 */
	default float[] learnAsShipped(String text) {
		return learn(text);
	}

	/** The cosine similarity of two vectors from {@link #encode}. */
	static double similarity(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}
