/**
 * Evaluation and benchmarks: the {@code evaluate} command of the evaluation contract
 * (also the staff's golden-set regression check) and the {@code benchmark} command that
 * measures analysis speed. Both run the engine in-process and exit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "conversation", "faq" })
package org.civicline.evaluation;
