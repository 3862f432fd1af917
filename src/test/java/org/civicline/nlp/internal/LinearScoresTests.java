package org.civicline.nlp.internal;

import java.util.List;
import java.util.Map;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearScoresTests {

	private static final LinearClassifier<String, String> CLASSIFIER = trained();

	@Test
	void givesCoreNlpsProbabilitiesForKnownUnknownAndRepeatedFeatures() {
		for (List<String> features : List.<List<String>>of(List.of("pothole", "street"),
				List.of("noise", "night", "unheard-of"), List.of("trash", "trash", "pickup"),
				List.of("nothing", "known"), List.of())) {
			Counter<String> expected = CLASSIFIER.probabilityOf(new BasicDatum<>(features));
			Map<String, Double> actual = new LinearScores(CLASSIFIER).probabilities(features);
			assertThat(actual).containsOnlyKeys(expected.keySet());
			expected.keySet()
				.forEach((label) -> assertThat(actual.get(label)).isCloseTo(expected.getCount(label), within(1e-12)));
		}
	}

	@Test
	void ranksTheLikeliestLabelFirst() {
		Map<String, Double> probabilities = new LinearScores(CLASSIFIER).probabilities(List.of("loud", "music"));
		assertThat(probabilities.keySet()).first().isEqualTo("noise");
		assertThat(List.copyOf(probabilities.values())).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(probabilities.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				within(1e-12));
	}

	private static LinearClassifier<String, String> trained() {
		Dataset<String, String> dataset = new Dataset<>();
		dataset.add(new BasicDatum<>(List.of("pothole", "street", "deep"), "pothole"));
		dataset.add(new BasicDatum<>(List.of("pothole", "road", "tire"), "pothole"));
		dataset.add(new BasicDatum<>(List.of("loud", "music", "night"), "noise"));
		dataset.add(new BasicDatum<>(List.of("noise", "party", "night"), "noise"));
		dataset.add(new BasicDatum<>(List.of("trash", "pickup", "day"), "trash"));
		dataset.add(new BasicDatum<>(List.of("garbage", "trash", "missed"), "trash"));
		LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(1e-3, false, 1.0);
		factory.setVerbose(false);
		return factory.trainClassifier(dataset);
	}

}
