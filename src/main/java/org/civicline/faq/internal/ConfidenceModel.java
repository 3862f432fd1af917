package org.civicline.faq.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A logistic regression that turns what the search saw (coverage, lead, score...) into
 * the probability that the first entry answers the message. It is fitted on the corpus
 * itself: each alternate question, asked with itself left out of the index, is an example
 * whose right answer is known; messages the city cannot answer are examples with none.
 * The build fits it on the shipped FAQ ({@link ShippedCalibration}); a start on another
 * FAQ, and every published change, fits it again.
 */
final class ConfidenceModel {

	private static final int ITERATIONS = 400;

	private static final double LEARNING_RATE = 0.5;

	private static final double L2 = 0.001;

	private final double[] weights;

	private final double[] means;

	private final double[] scales;

	private ConfidenceModel(double[] weights, double[] means, double[] scales) {
		this.weights = weights;
		this.means = means;
		this.scales = scales;
	}

	static ConfidenceModel of(double[] weights, double[] means, double[] scales) {
		if (weights.length != means.length + 1 || scales.length != means.length) {
			throw new IllegalArgumentException("A confidence model needs one weight per feature and a bias");
		}
		return new ConfidenceModel(weights.clone(), means.clone(), scales.clone());
	}

	int dimensions() {
		return this.means.length;
	}

	/** Weights (the bias last), feature means and scales: what {@link #of} takes. */
	double[][] parameters() {
		return new double[][] { this.weights.clone(), this.means.clone(), this.scales.clone() };
	}

	/** A model that knows nothing: every message is as likely answered as not. */
	static ConfidenceModel untrained(int features) {
		double[] ones = new double[features];
		Arrays.fill(ones, 1);
		return new ConfidenceModel(new double[features + 1], new double[features], ones);
	}

	static ConfidenceModel fit(List<double[]> examples, List<Boolean> answered) {
		if (examples.isEmpty() || answered.stream().distinct().count() < 2) {
			return untrained(examples.isEmpty() ? 0 : examples.get(0).length);
		}
		int n = examples.size();
		int d = examples.get(0).length;
		double[] means = new double[d];
		double[] scales = new double[d];
		for (double[] x : examples) {
			for (int j = 0; j < d; j++) {
				means[j] += x[j] / n;
			}
		}
		for (double[] x : examples) {
			for (int j = 0; j < d; j++) {
				scales[j] += (x[j] - means[j]) * (x[j] - means[j]) / n;
			}
		}
		for (int j = 0; j < d; j++) {
			scales[j] = (scales[j] > 1e-12) ? Math.sqrt(scales[j]) : 1;
		}
		// Positives and negatives weigh the same in total, however many of each the
		// corpus gives.
		long positives = answered.stream().filter(Boolean::booleanValue).count();
		double positiveWeight = n / (2.0 * positives);
		double negativeWeight = n / (2.0 * (n - positives));
		double[] w = new double[d + 1];
		ConfidenceModel model = new ConfidenceModel(w, means, scales);
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double[] gradient = new double[d + 1];
			for (int i = 0; i < n; i++) {
				double[] x = model.standardize(examples.get(i));
				double y = answered.get(i) ? 1 : 0;
				double error = sigmoid(model.linear(x)) - y;
				error *= answered.get(i) ? positiveWeight : negativeWeight;
				for (int j = 0; j < d; j++) {
					gradient[j] += error * x[j] / n;
				}
				gradient[d] += error / n;
			}
			for (int j = 0; j <= d; j++) {
				w[j] -= LEARNING_RATE * (gradient[j] + ((j < d) ? L2 * w[j] : 0));
			}
		}
		return model;
	}

	double probability(double[] features) {
		return sigmoid(linear(standardize(features)));
	}

	private double[] standardize(double[] features) {
		double[] x = new double[features.length];
		for (int j = 0; j < features.length; j++) {
			x[j] = (features[j] - this.means[j]) / this.scales[j];
		}
		return x;
	}

	private double linear(double[] x) {
		double z = this.weights[x.length];
		for (int j = 0; j < x.length; j++) {
			z += this.weights[j] * x[j];
		}
		return z;
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

}
