package org.civicline.nlp.internal;

import java.util.List;
import java.util.Map;

import org.civicline.nlp.TextClassifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoreNlpClassifierTrainerTests {

	static final TextClassifier classifier = new CoreNlpClassifierTrainer(new CoreNlpTextNormalizer())
		.train(Map.of("pothole",
				List.of("huge pothole on main street", "pot hole in the road", "deep hole in the pavement",
						"my tire hit a pothole", "road is cracked and sunken"),
				"noise",
				List.of("loud music next door", "neighbors partying all night", "barking dog wont stop",
						"construction noise at midnight", "car alarm going off"),
				"status", List.of("status of my request", "any update on my report", "what happened to my complaint",
						"is my ticket closed", "check my request")));

	@Test
	void recognisesNewPhrasingsOfWhatItWasTaught() {
		assertThat(top("there's a massive pothole on 5th ave")).isEqualTo("pothole");
		assertThat(top("the music upstairs is so loud")).isEqualTo("noise");
		assertThat(top("any news on my request?")).isEqualTo("status");
	}

	@Test
	void survivesTypos() {
		assertThat(top("potholle on elm")).isEqualTo("pothole");
	}

	@Test
	void givesEveryLabelAProbabilityMostLikelyFirst() {
		Map<String, Double> probabilities = classifier.probabilities("loud party");
		assertThat(probabilities).containsOnlyKeys("pothole", "noise", "status");
		assertThat(probabilities.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-6));
		assertThat(probabilities.keySet().iterator().next()).isEqualTo("noise");
	}

	private static String top(String text) {
		return classifier.probabilities(text).keySet().iterator().next();
	}

}
