package org.civicline.emergency.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.civicline.emergency.spi.AlertSender.AlertMessage;
import org.civicline.emergency.spi.AlertSender.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one message outside a broadcast (staff's answer to a resident), asking again
 * while the provider says to try later, waiting twice as long each time, and publishing
 * {@link MessageUndelivered} when it was never accepted. The first try is made on the
 * caller's thread; a message to try again is a row in the shared store, so a restart
 * loses none and whichever instance finds it due sends it. A try cut off by a crash is
 * made again after {@link #ABANDONED}: at least once, so a resident may rarely get the
 * answer twice, never not at all.
 */
@Component
public class AlertRetries {

	private static final Logger log = LoggerFactory.getLogger(AlertRetries.class);

	static final Duration ABANDONED = Duration.ofMinutes(2);

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Map<String, AlertSender> senders;

	private final Clock clock;

	AlertRetries(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			List<AlertSender> senders, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.senders = senders.stream().collect(Collectors.toMap(AlertSender::channel, Function.identity()));
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * @param attempts how many tries at most, this one included
	 * @param firstPause the wait before the next try, doubled for each one after it
	 */
	public void send(AlertSender sender, AlertMessage message, int attempts, Duration firstPause) {
		AlertDelivery delivery = sender.send(message);
		if (attempts > 1 && delivery.retryable()) {
			Instant now = this.clock.instant();
			this.jdbc.sql("""
					insert into alert_retry (channel, address, body, tries_left, pause_ms, next_attempt_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(sender.channel(), message.address(), message.text(), attempts - 1, firstPause.toMillis(),
						at(now.plus(firstPause)))
				.update();
		}
		else if (delivery.outcome() != Outcome.ACCEPTED) {
			this.events.publishEvent(new MessageUndelivered(sender.channel(), message.address(),
					String.valueOf(delivery.detail()), this.clock.instant()));
		}
	}

	/** Tries again each message that is due and that no live instance is trying now. */
	@Scheduled(fixedDelayString = "${civicline.emergency.retry-poll-interval:1s}")
	public void sendDue() {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc.sql("""
				select id, channel, address, body, tries_left, pause_ms from alert_retry
				where next_attempt_at <= :now and (claimed_at is null or claimed_at < :abandoned)
				order by id fetch first %d rows only""".formatted(BATCH))
			.param("now", at(now))
			.param("abandoned", at(now.minus(ABANDONED)))
			.query((row, number) -> new Due(row.getLong("id"), row.getString("channel"), row.getString("address"),
					row.getString("body"), row.getInt("tries_left"), Duration.ofMillis(row.getLong("pause_ms"))))
			.list();
		for (Due message : due) {
			if (claim(message.id(), now)) {
				tryAgain(message);
			}
		}
	}

	// Only the instance whose update lands tries it: the same conditions, checked again
	// on
	// the row itself.
	private boolean claim(long id, Instant now) {
		return this.jdbc.sql("""
				update alert_retry set claimed_at = :now
				where id = :id and next_attempt_at <= :now and (claimed_at is null or claimed_at < :abandoned)""")
			.param("now", at(now))
			.param("id", id)
			.param("abandoned", at(now.minus(ABANDONED)))
			.update() == 1;
	}

	private void tryAgain(Due message) {
		AlertDelivery delivery = deliver(message);
		if (delivery.outcome() == Outcome.ACCEPTED) {
			this.jdbc.sql("delete from alert_retry where id = ?").param(message.id()).update();
		}
		else if (delivery.retryable() && message.triesLeft() > 1) {
			Duration pause = message.pause().multipliedBy(2);
			this.jdbc.sql("""
					update alert_retry set tries_left = ?, pause_ms = ?, next_attempt_at = ?, claimed_at = null
					where id = ?""")
				.params(message.triesLeft() - 1, pause.toMillis(), at(this.clock.instant().plus(pause)), message.id())
				.update();
		}
		else {
			// Gone from the queue and told in one transaction: staff hear of it exactly
			// once.
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("delete from alert_retry where id = ?").param(message.id()).update();
				this.events.publishEvent(new MessageUndelivered(message.channel(), message.address(),
						String.valueOf(delivery.detail()), this.clock.instant()));
			});
		}
	}

	private AlertDelivery deliver(Due message) {
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

	private record Due(long id, String channel, String address, String body, int triesLeft, Duration pause) {
	}

}
