package org.civicline.emergency.spi;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.civicline.emergency.spi.AlertSender.AlertMessage;
import org.civicline.emergency.spi.AlertSender.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRetriesTests {

	static final Duration FIRST_PAUSE = Duration.ofMillis(100);

	static final AlertMessage MESSAGE = new AlertMessage("7011", "Hi, Sam from 311.");

	final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

	final AlertRetries retries = new AlertRetries(this.later);

	final CompletableFuture<String> undelivered = new CompletableFuture<>();

	@AfterEach
	void stop() {
		this.later.shutdownNow();
	}

	@Test
	void triesAgainLaterWaitingTwiceAsLongEachTimeWithoutHoldingTheCaller() throws Exception {
		ScriptedSender sender = new ScriptedSender(Outcome.TRY_LATER, Outcome.TRY_LATER, Outcome.TRY_LATER,
				Outcome.ACCEPTED);
		this.retries.send(sender, MESSAGE, 4, FIRST_PAUSE, this.undelivered::complete);
		long returned = System.nanoTime();
		sender.awaitTries(4);
		List<Long> tries = sender.tries();
		assertThat(returned).isLessThan(tries.get(1));
		for (int i = 1; i < tries.size(); i++) {
			assertThat(tries.get(i) - tries.get(i - 1))
				.isGreaterThanOrEqualTo(FIRST_PAUSE.multipliedBy(1L << (i - 1)).toNanos());
		}
		this.later.shutdown();
		assertThat(this.later.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
		assertThat(this.undelivered).isNotDone();
	}

	@Test
	void givesUpAfterTheLastAttemptAndSaysWhy() throws Exception {
		ScriptedSender sender = new ScriptedSender(Outcome.TRY_LATER, Outcome.TRY_LATER, Outcome.TRY_LATER,
				Outcome.TRY_LATER, Outcome.ACCEPTED);
		this.retries.send(sender, MESSAGE, 4, FIRST_PAUSE, this.undelivered::complete);
		assertThat(this.undelivered.get(5, TimeUnit.SECONDS)).isEqualTo("TRY_LATER 4");
		assertThat(sender.tries()).hasSize(4);
	}

	@Test
	void aRefusalIsNotTriedAgainAndIsToldAtOnce() {
		ScriptedSender sender = new ScriptedSender(Outcome.OPTED_OUT, Outcome.ACCEPTED);
		this.retries.send(sender, MESSAGE, 4, FIRST_PAUSE, this.undelivered::complete);
		assertThat(this.undelivered).isCompletedWithValue("OPTED_OUT 1");
		assertThat(sender.tries()).hasSize(1);
	}

	/** Answers each try with the next outcome, its detail saying which and when. */
	static final class ScriptedSender implements AlertSender {

		private final Deque<Outcome> outcomes;

		private final List<Long> tries = new CopyOnWriteArrayList<>();

		ScriptedSender(Outcome... outcomes) {
			this.outcomes = new ArrayDeque<>(List.of(outcomes));
		}

		@Override
		public String channel() {
			return "test";
		}

		@Override
		public synchronized AlertDelivery send(AlertMessage message) {
			this.tries.add(System.nanoTime());
			Outcome outcome = this.outcomes.pop();
			notifyAll();
			return new AlertDelivery(outcome, null, outcome + " " + this.tries.size());
		}

		List<Long> tries() {
			return List.copyOf(this.tries);
		}

		synchronized void awaitTries(int count) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
			while (this.tries.size() < count && System.nanoTime() < end) {
				wait(100);
			}
			assertThat(this.tries).hasSize(count);
		}

	}

}
