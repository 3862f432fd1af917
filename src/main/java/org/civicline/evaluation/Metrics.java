package org.civicline.evaluation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of the evaluation contract, computed exactly as the reference scorer does,
 * so the summary printed here and the scorer's agree.
 */
final class Metrics {

	private int cases;

	private int intentOk;

	private int services;

	private int serviceOk;

	private final Map<String, int[]> perService = new HashMap<>();

	private int faqCases;

	private int faqFirst;

	private double reciprocalRanks;

	private int outOfScope;

	private int outOfScopeRejected;

	private int safety;

	private int safetyOk;

	void add(EvaluationCase expected, String intent, String service, List<String> faq) {
		this.cases++;
		this.intentOk += expected.intent().equals(intent) ? 1 : 0;
		if (expected.service() != null) {
			this.services++;
			boolean hit = expected.service().equals(service);
			this.serviceOk += hit ? 1 : 0;
			int[] counts = this.perService.computeIfAbsent(expected.service(), (code) -> new int[2]);
			counts[0]++;
			counts[1] += hit ? 1 : 0;
		}
		if (expected.faq() != null) {
			this.faqCases++;
			int rank = faq.indexOf(expected.faq());
			this.faqFirst += (rank == 0) ? 1 : 0;
			this.reciprocalRanks += (rank >= 0) ? 1.0 / (rank + 1) : 0;
		}
		if ("out_of_scope".equals(expected.intent())) {
			this.outOfScope++;
			this.outOfScopeRejected += ("faq".equals(intent) || "report".equals(intent)) ? 0 : 1;
		}
		if ("emergency".equals(expected.intent()) || "crisis".equals(expected.intent())) {
			this.safety++;
			this.safetyOk += expected.intent().equals(intent) ? 1 : 0;
		}
	}

	Map<String, Object> summary() {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("cases", this.cases);
		summary.put("intent_accuracy", ratio(this.intentOk, this.cases));
		summary.put("service_accuracy", ratio(this.serviceOk, this.services));
		double macro = this.perService.values().stream().mapToDouble((c) -> (double) c[1] / c[0]).sum();
		summary.put("service_macro_recall", ratio(macro, this.perService.size()));
		summary.put("faq_recall_at_1", ratio(this.faqFirst, this.faqCases));
		summary.put("faq_mrr", ratio(this.reciprocalRanks, this.faqCases));
		summary.put("out_of_scope_rejection", ratio(this.outOfScopeRejected, this.outOfScope));
		summary.put("safety_recall", ratio(this.safetyOk, this.safety));
		summary.put("n_service", this.services);
		summary.put("n_faq", this.faqCases);
		summary.put("n_oos", this.outOfScope);
		summary.put("n_safety", this.safety);
		return summary;
	}

	private static Double ratio(double part, int whole) {
		return (whole == 0) ? null : Math.round(part / whole * 1000) / 1000.0;
	}

}
