package org.civicline.emergency.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.civicline.emergency.spi.AlertSender.AlertMessage;
import org.civicline.emergency.spi.AlertSender.Outcome;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one message outside a broadcast (staff's answer to a resident), asking again
 * while the provider says to try later, waiting twice as long each time, and publishing
 * {@link MessageUndelivered} when it was never accepted. The first try is made on the
 * caller's thread; a message to try again is a row in the shared store, so a restart
 * loses none and whichever instance finds it due sends it. An instance claims one row at
 * a time and settles it only while the claim is still its own; a claim older than
 * {@link #ABANDONED} (far longer than a try takes, waits for a 429 included) belongs to
 * an instance that died mid-try, and the message is tried again: at least once, so a
 * resident may rarely get the answer twice, never not at all.
 */
@Component
public class AlertRetries implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AlertRetries.class);

	static final Duration ABANDONED = Duration.ofMinutes(5);

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Map<String, AlertSender> senders;

	private final Clock clock;

	private final Duration pollInterval;

	// A thread of its own: the application's scheduler keeps the outboxes going and must
	// not wait on a slow provider.
	private ScheduledExecutorService poller;

	@Autowired
	AlertRetries(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			List<AlertSender> senders, Optional<Clock> clock,
			@Value("${civicline.emergency.retry-poll-interval:1s}") Duration pollInterval) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.senders = senders.stream().collect(Collectors.toMap(AlertSender::channel, Function.identity()));
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.pollInterval = pollInterval;
	}

	/**
	 * @param attempts how many tries at most, this one included
	 * @param firstPause the wait before the next try, doubled for each one after it
	 */
	public void send(AlertSender sender, AlertMessage message, int attempts, Duration firstPause) {
		AlertDelivery delivery = sender.send(message);
		if (attempts > 1 && delivery.retryable()) {
			this.jdbc.sql("""
					insert into alert_retry (channel, address, body, tries_left, pause_ms, next_attempt_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(sender.channel(), message.address(), message.text(), attempts - 1, firstPause.toMillis(),
						at(this.clock.instant().plus(firstPause)))
				.update();
		}
		else if (delivery.outcome() != Outcome.ACCEPTED) {
			// In a transaction, joining the caller's if it has one: listeners
			// hear only of events published in one.
			this.transactions
				.executeWithoutResult((status) -> undelivered(sender.channel(), message.address(), delivery));
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.poller = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "alert-retries");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.pollInterval.toMillis();
		this.poller.scheduleWithFixedDelay(() -> {
			try {
				sendDue();
			}
			catch (RuntimeException ex) {
				log.warn("Trying messages again failed, trying later: {}", ex.getMessage());
			}
		}, every, every, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		if (this.poller != null) {
			this.poller.shutdownNow();
		}
	}

	/** Tries again each message that is due and that no live instance is trying now. */
	void sendDue() {
		Instant now = this.clock.instant();
		List<Long> due = this.jdbc.sql("""
				select id from alert_retry
				where next_attempt_at <= :now and (claimed_at is null or claimed_at < :abandoned)
				order by id fetch first %d rows only""".formatted(BATCH))
			.param("now", at(now))
			.param("abandoned", at(now.minus(ABANDONED)))
			.query(Long.class)
			.list();
		for (long id : due) {
			claim(id).ifPresent(this::tryAgain);
		}
	}

	// Only the instance whose update lands has it, the conditions checked again on
	// the row itself; the claim's time, read now and not when the batch was listed,
	// is its token.
	private Optional<Claimed> claim(long id) {
		// Whole milliseconds, which every store keeps exactly: the token compares
		// equal.
		OffsetDateTime now = at(this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		int taken = this.jdbc.sql("""
				update alert_retry set claimed_at = :now
				where id = :id and next_attempt_at <= :now and (claimed_at is null or claimed_at < :abandoned)""")
			.param("now", now)
			.param("id", id)
			.param("abandoned", now.minus(ABANDONED))
			.update();
		if (taken == 0) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select channel, address, body, tries_left, pause_ms from alert_retry where id = ? and claimed_at = ?")
			.params(id, now)
			.query((row, number) -> new Claimed(id, now, row.getString("channel"), row.getString("address"),
					row.getString("body"), row.getInt("tries_left"), Duration.ofMillis(row.getLong("pause_ms"))))
			.optional();
	}

	private void tryAgain(Claimed message) {
		AlertDelivery delivery = deliver(message);
		if (delivery.outcome() == Outcome.ACCEPTED) {
			settle(message);
		}
		else if (delivery.retryable() && message.triesLeft() > 1) {
			Duration pause = message.pause().multipliedBy(2);
			this.jdbc.sql("""
					update alert_retry set tries_left = ?, pause_ms = ?, next_attempt_at = ?, claimed_at = null
					where id = ? and claimed_at = ?""")
				.params(message.triesLeft() - 1, pause.toMillis(), at(this.clock.instant().plus(pause)), message.id(),
						message.claimedAt())
				.update();
		}
		else {
			// Gone from the queue and told in one transaction, and only by the instance
			// still holding it: staff hear of it once.
			this.transactions.executeWithoutResult((status) -> {
				if (settle(message)) {
					undelivered(message.channel(), message.address(), delivery);
				}
			});
		}
	}

	private boolean settle(Claimed message) {
		return this.jdbc.sql("delete from alert_retry where id = ? and claimed_at = ?")
			.params(message.id(), message.claimedAt())
			.update() == 1;
	}

	private void undelivered(String channel, String address, AlertDelivery delivery) {
		this.events.publishEvent(
				new MessageUndelivered(channel, address, String.valueOf(delivery.detail()), this.clock.instant()));
	}

	private AlertDelivery deliver(Claimed message) {
		AlertSender sender = this.senders.get(message.channel());
		if (sender == null) {
			return new AlertDelivery(Outcome.REJECTED, null, "no sender for channel " + message.channel());
		}
		try {
			return sender.send(new AlertMessage(message.address(), message.body()));
		}
		catch (RuntimeException ex) {
			log.warn("A message on {} was tried again and failed", message.channel(), ex);
			return new AlertDelivery(Outcome.TRY_LATER, null, String.valueOf(ex.getMessage()));
		}
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Claimed(long id, OffsetDateTime claimedAt, String channel, String address, String body,
			int triesLeft, Duration pause) {
	}

}
