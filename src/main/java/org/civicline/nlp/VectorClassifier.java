package org.civicline.nlp;

import java.util.Map;

/**
 * A classifier over {@link SentenceEncoder} vectors: which label a message's meaning most
 * likely carries.
 */
public interface VectorClassifier {

	/**
	 * Every label with its probability for the vector, most likely first; they sum to 1.
	 */
	Map<String, Double> probabilities(float[] vector);

}
