/**
 * Evaluation and benchmarks: the {@code evaluate} command of the evaluation contract
 * (also the staff's golden-set regression check), the {@code benchmark} command that
 * measures analysis speed and the {@code broadcast-benchmark} command that measures an
 * emergency alert's fan-out. They run in-process and exit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "conversation", "faq", "emergency", "emergency :: spi" })
package org.civicline.evaluation;
