package org.civicline.evaluation;

import java.util.concurrent.atomic.AtomicLong;

import org.civicline.emergency.spi.AlertSender;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A sender that accepts every alert at once, for the broadcast benchmark: it measures
 * CivicLine's outbox, not a carrier. Exists only when a command runs.
 */
@Component
@Profile("command")
class BenchmarkAlertSender implements AlertSender {

	static final String CHANNEL = "benchmark";

	private final AtomicLong accepted = new AtomicLong();

	@Override
	public String channel() {
		return CHANNEL;
	}

	@Override
	public AlertDelivery send(AlertMessage message) {
		return new AlertDelivery(Outcome.ACCEPTED, "BM" + this.accepted.incrementAndGet(), null);
	}

	long accepted() {
		return this.accepted.get();
	}

}
