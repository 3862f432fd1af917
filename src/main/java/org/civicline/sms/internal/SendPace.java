package org.civicline.sms.internal;

import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Keeps every outbound SMS of this instance to the configured messages per second, so the
 * carrier's throughput limit is never the thing that drops a message.
 */
@Component
class SendPace {

	private static final long CATCH_UP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final long intervalNanos;

	private long next = System.nanoTime();

	SendPace(SmsProperties properties) {
		double rate = Math.max(0.01, properties.twilio().maxMessagesPerSecond());
		this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
	}

	/** Waits for this sender's turn. */
	void await() throws InterruptedException {
		long wait;
		synchronized (this) {
			long now = System.nanoTime();
			// Lateness (a slow row, a long sleep) is made up within a short window, so
			// the
			// long-run pace is the configured one rather than one interval plus
			// overheads.
			long slot = Math.max(this.next, now - Math.min(this.intervalNanos * 10, CATCH_UP_NANOS));
			this.next = slot + this.intervalNanos;
			wait = slot - now;
		}
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

}
