package org.civicline.conversation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the classifier read in a message.
 *
 * @param intents each intent's probability, {@code report} being the sum over all
 * services
 * @param service the likeliest service were it a report
 * @param serviceProbability that service's share of the report probability
 */
record IntentReading(Map<String, Double> intents, String service, double serviceProbability) {

	static IntentReading of(Map<String, Double> labels) {
		Map<String, Double> intents = new LinkedHashMap<>();
		String service = null;
		double best = -1;
		double report = 0;
		for (Map.Entry<String, Double> label : labels.entrySet()) {
			if (label.getKey().startsWith(IntentExamples.REPORT_PREFIX)) {
				report += label.getValue();
				if (label.getValue() > best) {
					best = label.getValue();
					service = label.getKey().substring(IntentExamples.REPORT_PREFIX.length());
				}
			}
			else {
				intents.put(label.getKey(), label.getValue());
			}
		}
		intents.put(Intent.REPORT, report);
		return new IntentReading(intents, service, (report > 0) ? best / report : 0);
	}

	double probability(String intent) {
		return this.intents.getOrDefault(intent, 0.0);
	}

	/** The likeliest intent. */
	String top() {
		return this.intents.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
	}

}
