package org.civicline.nlp.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SoftmaxRegressionTests {

	// Three clouds of points around three directions: a classifier that learned anything
	// puts a new point of a cloud in it.
	static final float[][] centres = { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 1 } };

	static final String[] names = { "pothole", "noise", "status" };

	@Test
	void placesNewPointsInTheCloudTheyComeFrom() {
		SoftmaxRegression model = trained();
		assertThat(top(model.probabilities(new float[] { 0.9f, 0.1f, 0, 0.1f }))).isEqualTo("pothole");
		assertThat(top(model.probabilities(new float[] { 0, 0.2f, 0.8f, 0.9f }))).isEqualTo("status");
	}

	@Test
	void givesEveryLabelAProbabilityMostLikelyFirst() {
		Map<String, Double> probabilities = trained().probabilities(new float[] { 0.1f, 1, 0, 0 });
		assertThat(probabilities).containsOnlyKeys(names);
		assertThat(probabilities.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-6));
		assertThat(top(probabilities)).isEqualTo("noise");
	}

	@Test
	void readsBackExactlyWhatItWrote() throws IOException {
		SoftmaxRegression model = trained();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.write(new DataOutputStream(bytes));
		SoftmaxRegression read = SoftmaxRegression
			.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
		float[] point = { 0.3f, 0.4f, 0.2f, 0.1f };
		assertThat(read.probabilities(point)).isEqualTo(model.probabilities(point));
	}

	private static SoftmaxRegression trained() {
		Random random = new Random(7);
		List<String> labels = new ArrayList<>();
		List<float[]> vectors = new ArrayList<>();
		for (int label = 0; label < centres.length; label++) {
			for (int i = 0; i < 30; i++) {
				float[] point = centres[label].clone();
				for (int d = 0; d < point.length; d++) {
					point[d] += (float) (random.nextGaussian() * 0.2);
				}
				labels.add(names[label]);
				vectors.add(point);
			}
		}
		return SoftmaxRegression.train(labels, vectors, SoftmaxRegression.Settings.DEFAULT);
	}

	private static String top(Map<String, Double> probabilities) {
		return probabilities.keySet().iterator().next();
	}

}
