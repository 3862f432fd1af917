package org.civicline.nlp.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.util.Index;
import org.civicline.nlp.ScoreOrder;

/**
 * The probabilities a trained {@link LinearClassifier} gives a message's features, worked
 * out on its weight rows directly. CoreNLP's own {@code probabilityOf} keeps every score
 * in a map of boxed numbers, which was about a tenth of the processor time of analysing a
 * message; this reads the same weights and gives the same probabilities.
 */
final class LinearScores {

	private final Index<String> features;

	private final String[] labels;

	private final double[][] weights;

	// Every label's number, in order: the candidates each message ranks.
	private final int[] allLabels;

	LinearScores(LinearClassifier<String, String> classifier) {
		this.features = classifier.featureIndex();
		this.labels = classifier.labelIndex().objectsList().toArray(String[]::new);
		this.weights = classifier.weights();
		this.allLabels = IntStream.range(0, this.labels.length).toArray();
	}

	/**
	 * Each label's probability, likeliest first: a softmax of the summed weights of the
	 * features the classifier knows (a feature listed twice counts twice, as in CoreNLP).
	 */
	Map<String, Double> probabilities(Collection<String> messageFeatures) {
		double[] scores = new double[this.labels.length];
		for (String feature : messageFeatures) {
			int row = this.features.indexOf(feature);
			if (row >= 0) {
				double[] featureWeights = this.weights[row];
				for (int label = 0; label < scores.length; label++) {
					scores[label] += featureWeights[label];
				}
			}
		}
		double max = Double.NEGATIVE_INFINITY;
		for (double score : scores) {
			max = Math.max(max, score);
		}
		double total = 0;
		for (double score : scores) {
			total += Math.exp(score - max);
		}
		double logTotal = max + Math.log(total);
		Map<String, Double> ranked = new LinkedHashMap<>();
		for (int label : ScoreOrder.highestFirst(scores, this.allLabels)) {
			ranked.put(this.labels[label], Math.exp(scores[label] - logTotal));
		}
		return ranked;
	}

}
