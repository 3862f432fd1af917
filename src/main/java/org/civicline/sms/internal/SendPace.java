package org.civicline.sms.internal;

import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Keeps every outbound SMS of this instance to the configured messages per second, so the
 * carrier's throughput limit is never the thing that drops a message.
 */
@Component
class SendPace {

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
			long slot = Math.max(now, this.next);
			this.next = slot + this.intervalNanos;
			wait = slot - now;
		}
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

}
