package org.civicline.conversation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the classifiers read in a message.
 *
 * @param labels each label's probability, as the classifier gave it
 * @param intents each intent's probability, {@code report} being the sum over all
 * services and {@code faq} over all entries
 * @param service the likeliest service were it a report
 * @param serviceProbability that service's share of the report probability
 */
record IntentReading(Map<String, Double> labels, Map<String, Double> intents, String service,
		double serviceProbability) {

	static IntentReading of(Map<String, Double> labels) {
		return of(labels, Map.of());
	}

	/**
	 * @param serviceWeights a weight by which a service's probability is multiplied when
	 * the likeliest is chosen (1 for a service it does not name): what corrects for how
	 * many examples each service happens to have
	 */
	static IntentReading of(Map<String, Double> labels, Map<String, Double> serviceWeights) {
		Map<String, Double> intents = new LinkedHashMap<>();
		String service = null;
		double best = -1;
		double bestProbability = 0;
		double report = 0;
		for (Map.Entry<String, Double> label : labels.entrySet()) {
			if (label.getKey().startsWith(IntentExamples.REPORT_PREFIX)) {
				report += label.getValue();
				double weighed = label.getValue() * serviceWeights.getOrDefault(label.getKey(), 1.0);
				if (weighed > best) {
					best = weighed;
					bestProbability = label.getValue();
					service = label.getKey().substring(IntentExamples.REPORT_PREFIX.length());
				}
			}
			else if (label.getKey().startsWith(IntentExamples.FAQ_PREFIX)) {
				intents.merge(Intent.FAQ, label.getValue(), Double::sum);
			}
			else {
				intents.merge(label.getKey(), label.getValue(), Double::sum);
			}
		}
		intents.put(Intent.REPORT, report);
		return new IntentReading(labels, intents, service, (report > 0) ? bestProbability / report : 0);
	}

	/**
	 * Two readings in one: each label's probability is the weighted mean of the two (a
	 * linear opinion pool), so neither reading can veto what the other is sure of.
	 * @param weight the second reading's share, in [0,1]
	 */
	static IntentReading mix(Map<String, Double> first, Map<String, Double> second, double weight,
			Map<String, Double> serviceWeights) {
		Map<String, Double> mixed = new LinkedHashMap<>();
		first.forEach((label, p) -> mixed.merge(label, (1 - weight) * p, Double::sum));
		second.forEach((label, p) -> mixed.merge(label, weight * p, Double::sum));
		return of(mixed, serviceWeights);
	}

	double probability(String intent) {
		return this.intents.getOrDefault(intent, 0.0);
	}

	/** How likely a life is at risk: an emergency or a crisis. */
	double lifeAtRisk() {
		return probability(Intent.EMERGENCY) + probability(Intent.CRISIS);
	}

	/** The likeliest intent. */
	String top() {
		return this.intents.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
	}

}
