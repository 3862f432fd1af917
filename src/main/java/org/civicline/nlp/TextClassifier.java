package org.civicline.nlp;

import java.util.Map;

/**
 * A classifier trained on example messages: which label a new message most likely
 * carries.
 */
public interface TextClassifier {

	/**
	 * Every label with its probability for the text, most likely first; they sum to 1.
	 */
	Map<String, Double> probabilities(String text);

}
