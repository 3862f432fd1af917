package org.civicline.conversation.internal;

import java.util.Map;

/**
 * What the sentence encoder read in a message.
 *
 * @param vector the message's sentence vector
 * @param labels the classifier on meaning's probability of each label (intents,
 * {@code report:<service>}, {@code faq:<entry>})
 * @param emergency the cosine similarity of the closest emergency example
 * @param crisis the cosine similarity of the closest crisis example
 * @param safe the cosine similarity of the closest example that is neither
 * @param inScope the cosine similarity of the closest example of anything the city
 * handles (every example but the out-of-scope ones)
 */
record Meaning(float[] vector, Map<String, Double> labels, double emergency, double crisis, double safe,
		double inScope) {
}
