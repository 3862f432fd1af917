package org.civicline.nlp;

import java.util.List;
import java.util.Map;

/** Trains a {@link VectorClassifier} on example messages' vectors. */
public interface VectorClassifierTrainer {

	/**
	 * @param examples example messages by label; every label needs at least one
	 */
	VectorClassifier train(Map<String, List<String>> examples);

}
