package org.civicline.emergency.spi;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.civicline.emergency.spi.AlertSender.AlertMessage;
import org.civicline.emergency.spi.AlertSender.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends one message outside a broadcast (staff's answer to a resident), asking again
 * while the provider says to try later, waiting twice as long each time. Nobody waits
 * through the pauses: the first try is made on the caller's thread, and each later one is
 * scheduled.
 */
@Component
public class AlertRetries {

	private static final Logger log = LoggerFactory.getLogger(AlertRetries.class);

	// A thread of its own: the application's scheduler keeps the alert outbox going and
	// must not wait on a slow provider; staff's answers come a few at a time.
	private final ScheduledExecutorService later;

	@Autowired
	AlertRetries() {
		this(Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "alert-retries");
			thread.setDaemon(true);
			return thread;
		}));
	}

	AlertRetries(ScheduledExecutorService later) {
		this.later = later;
	}

	/**
	 * @param attempts how many tries at most, this one included
	 * @param firstPause the wait before the next try, doubled for each one after it
	 * @param undelivered told why, as the provider said it, when the message was never
	 * accepted: on the caller's thread when the first try settles it, else on the
	 * retries' own
	 */
	public void send(AlertSender sender, AlertMessage message, int attempts, Duration firstPause,
			Consumer<String> undelivered) {
		AlertDelivery delivery = sender.send(message);
		if (attempts > 1 && delivery.retryable()) {
			this.later.schedule(() -> {
				try {
					send(sender, message, attempts - 1, firstPause.multipliedBy(2), undelivered);
				}
				catch (RuntimeException ex) {
					// Nobody else would hear of it: the caller has moved on.
					log.warn("A message on {} was tried again and failed", sender.channel(), ex);
					undelivered.accept(String.valueOf(ex.getMessage()));
				}
			}, firstPause.toMillis(), TimeUnit.MILLISECONDS);
		}
		else if (delivery.outcome() != Outcome.ACCEPTED) {
			undelivered.accept(String.valueOf(delivery.detail()));
		}
	}

	@PreDestroy
	void stop() {
		int dropped = this.later.shutdownNow().size();
		if (dropped > 0) {
			// Kept in memory only: staff see the answer without a delivery notice.
			log.warn("Stopping with {} message(s) still to be tried again; they are not sent", dropped);
		}
	}

}
