package org.civicline.conversation.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntentReadingTests {

	@Test
	void addsTheServicesUpIntoOneReportIntentAndKeepsTheLikeliestService() {
		IntentReading reading = IntentReading
			.of(Map.of("report:pothole", 0.3, "report:sidewalk-repair", 0.2, "faq", 0.45, "smalltalk", 0.05));
		assertThat(reading.probability(Intent.REPORT)).isCloseTo(0.5, within(1e-9));
		assertThat(reading.top()).isEqualTo(Intent.REPORT);
		assertThat(reading.service()).isEqualTo("pothole");
		assertThat(reading.serviceProbability()).isCloseTo(0.6, within(1e-9));
	}

	@Test
	void anIntentTheClassifierNeverNamedHasNoProbability() {
		IntentReading reading = IntentReading.of(Map.of("faq", 1.0));
		assertThat(reading.probability(Intent.HUMAN)).isZero();
		assertThat(reading.service()).isNull();
	}

}
