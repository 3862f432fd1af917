package org.civicline.nlp.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import org.civicline.nlp.TextClassifier;
import org.civicline.nlp.TextClassifierTrainer;
import org.civicline.nlp.TextNormalizer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * CoreNLP's maximum-entropy (multinomial logistic regression) classifier over
 * {@link MessageFeatures}. The Gaussian prior keeps a rare word from deciding a label
 * alone.
 */
@Component
class CoreNlpClassifierTrainer implements TextClassifierTrainer {

	private static final double PRIOR_SIGMA = 1.0;

	// Training stops when the objective improves by less than this; CoreNLP's default
	// (1e-4) takes twice the iterations for the same labels on the evaluation set.
	private static final double TOLERANCE = 1e-3;

	private static final String SETTINGS = "maxent tolerance=" + TOLERANCE + " sigma=" + PRIOR_SIGMA;

	private final MessageFeatures features;

	private final TextNormalizer normalizer;

	private final ShippedClassifier shipped;

	private volatile ShippedClassifier lastTrained;

	@Autowired
	CoreNlpClassifierTrainer(TextNormalizer normalizer) {
		this(normalizer, ShippedClassifier.shipped());
	}

	CoreNlpClassifierTrainer(TextNormalizer normalizer, ShippedClassifier shipped) {
		this.normalizer = normalizer;
		this.features = new MessageFeatures(normalizer);
		this.shipped = shipped;
	}

	@Override
	public TextClassifier train(Map<String, List<String>> examples) {
		String fingerprint = ShippedClassifier.fingerprint(examples, SETTINGS);
		LinearClassifier<String, String> classifier;
		if (this.shipped != null && this.shipped.fingerprint().equals(fingerprint)) {
			// The words of the examples are still learned: residents' messages are read
			// with them.
			examples.values().parallelStream().flatMap(List::stream).forEach(this.normalizer::learn);
			classifier = this.shipped.classifier();
		}
		else {
			classifier = trained(examples);
		}
		this.lastTrained = new ShippedClassifier(fingerprint, classifier);
		LinearScores scores = new LinearScores(classifier);
		return (text) -> scores.probabilities(this.features.of(text));
	}

	private LinearClassifier<String, String> trained(Map<String, List<String>> examples) {
		Dataset<String, String> dataset = new Dataset<>();
		examples.forEach((label, texts) -> texts.parallelStream()
			.map(this::learnedFeatures)
			.toList()
			.forEach((features) -> dataset.add(new BasicDatum<>(features, label))));
		LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(TOLERANCE, false, PRIOR_SIGMA);
		factory.setVerbose(false);
		return factory.trainClassifier(dataset);
	}

	/** The classifier trained last, with what it was trained on, for the jar to ship. */
	ShippedClassifier lastTrained() {
		return this.lastTrained;
	}

	// Training examples are the city's own phrasings: the normalizer learns their words.
	private List<String> learnedFeatures(String text) {
		this.normalizer.learn(text);
		return this.features.of(text);
	}

}
