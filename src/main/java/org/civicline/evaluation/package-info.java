/**
 * Evaluation and benchmarks: the {@code evaluate} command of the evaluation contract
 * (also the staff's golden-set regression check), the {@code benchmark} command that
 * measures analysis speed and the {@code broadcast-benchmark} command that measures an
 * emergency alert's fan-out, and the {@code prepare} command the build runs to ship the
 * start's costly readings in the jar. They run in-process and exit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "conversation", "faq", "emergency", "emergency :: spi", "nlp" })
package org.civicline.evaluation;
