package org.civicline.nlp;

import java.util.List;
import java.util.Map;

/** Trains a {@link TextClassifier} from example messages, in-process, in seconds. */
public interface TextClassifierTrainer {

	/**
	 * @param examples example messages by label; every label needs at least one
	 */
	TextClassifier train(Map<String, List<String>> examples);

}
