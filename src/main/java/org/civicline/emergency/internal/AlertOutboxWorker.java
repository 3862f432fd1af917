package org.civicline.emergency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.spi.AlertSender;
import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.civicline.emergency.spi.AlertSender.AlertMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the alert outbox. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances share a broadcast without sending a row twice. Each result is written
 * as soon as the sender returns. A row found claimed but unfinished after a crash is
 * settled by asking the channel whether it went, and sent only if it did not.
 */
@Component
class AlertOutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(AlertOutboxWorker.class);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Map<String, AlertSender> senders;

	private final AlertSubscriptions subscriptions;

	private final EmergencyProperties properties;

	private final Clock clock;

	private static final long CATCH_UP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final long intervalNanos;

	private long nextSend = System.nanoTime();

	AlertOutboxWorker(JdbcClient jdbc, TransactionTemplate transactions, List<AlertSender> senders,
			AlertSubscriptions subscriptions, EmergencyProperties properties, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.senders = senders.stream().collect(Collectors.toMap(AlertSender::channel, Function.identity()));
		this.subscriptions = subscriptions;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
		this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / Math.max(0.01, properties.alertsPerSecond()));
	}

	@Scheduled(fixedDelayString = "${civicline.emergency.outbox-poll-interval:500ms}")
	void work() {
		settleInterrupted();
		List<Row> batch;
		while (!(batch = claim()).isEmpty()) {
			long refreshed = System.nanoTime();
			for (int i = 0; i < batch.size(); i++) {
				// Rows still waiting their turn are kept claimed, so no other instance
				// takes
				// them for interrupted ones while this one works slowly through a batch.
				if (System.nanoTime() - refreshed > this.properties.claimTimeout().toNanos() / 4) {
					keepClaimed(batch.subList(i, batch.size()));
					refreshed = System.nanoTime();
				}
				deliver(batch.get(i), null);
			}
		}
	}

	private void keepClaimed(List<Row> rows) {
		this.jdbc.sql("update alert_outbox set claimed_at = :now where state = 'sending' and id in (:ids)")
			.param("now", now())
			.param("ids", rows.stream().map(Row::id).toList())
			.update();
	}

	/**
	 * Rows a crashed worker had claimed: sent only if the channel has no trace of them.
	 */
	void settleInterrupted() {
		OffsetDateTime before = now().minus(this.properties.claimTimeout());
		List<Row> stale = this.jdbc.sql("""
				select id, channel, address, body, attempts, claimed_at from alert_outbox
				where state = 'sending' and claimed_at < ?""").param(before).query(AlertOutboxWorker::row).list();
		for (Row row : stale) {
			// Taken over only if no other instance took it first.
			int taken = this.jdbc
				.sql("update alert_outbox set claimed_at = ? where id = ? and state = 'sending' and claimed_at = ?")
				.params(now(), row.id(), row.claimedAt().atOffset(ZoneOffset.UTC))
				.update();
			if (taken == 1) {
				log.info("Alert outbox row {} was interrupted mid-send; settling it", row.id());
				deliver(row, row.claimedAt());
			}
		}
	}

	private List<Row> claim() {
		return this.transactions.execute((status) -> {
			OffsetDateTime now = now();
			List<Row> rows = this.jdbc
				.sql("""
						select id, channel, address, body, attempts, claimed_at from alert_outbox
						where state = 'queued' and next_attempt_at <= ?
						order by id fetch first %d rows only for update skip locked"""
					.formatted(this.properties.outboxBatch()))
				.param(now)
				.query(AlertOutboxWorker::row)
				.list();
			if (!rows.isEmpty()) {
				this.jdbc
					.sql("update alert_outbox set state = 'sending', claimed_at = :now, updated_at = :now "
							+ "where id in (:ids)")
					.param("now", now)
					.param("ids", rows.stream().map(Row::id).toList())
					.update();
			}
			return rows;
		});
	}

	private void deliver(Row row, Instant interruptedAt) {
		AlertSender sender = this.senders.get(row.channel());
		if (sender == null) {
			finish(row, "failed", null, "no sender for channel " + row.channel());
			return;
		}
		AlertMessage message = new AlertMessage(row.address(), row.body());
		if (interruptedAt != null) {
			Optional<AlertDelivery> earlier = sender.alreadySent(message, interruptedAt.minusSeconds(5));
			if (earlier.isPresent() && earlier.get().retryable()) {
				this.jdbc.sql("update alert_outbox set claimed_at = ? where id = ?").params(now(), row.id()).update();
				return;
			}
			if (earlier.isPresent()) {
				finish(row, "sent", earlier.get().providerId(), "settled after a restart");
				return;
			}
		}
		// The subscriber may have opted out since the alert was queued.
		if (!this.subscriptions.mayAlert(row.channel(), row.address())) {
			finish(row, "opted-out", null, null);
			return;
		}
		pace();
		AlertDelivery delivery = sender.send(message);
		switch (delivery.outcome()) {
			case ACCEPTED -> finish(row, "sent", delivery.providerId(), null);
			case OPTED_OUT -> finish(row, "opted-out", null, delivery.detail());
			case REJECTED -> finish(row, "failed", null, delivery.detail());
			case TRY_LATER -> retry(row, delivery.detail());
		}
	}

	private void retry(Row row, String detail) {
		int attempts = row.attempts() + 1;
		if (attempts >= this.properties.maxAttempts()) {
			finish(row, "failed", null, detail);
			return;
		}
		Duration backoff = Duration.ofSeconds(1L << Math.min(attempts, 20));
		this.jdbc.sql("""
				update alert_outbox set state = 'queued', attempts = ?, next_attempt_at = ?, detail = ?, updated_at = ?
				where id = ? and state = 'sending'""")
			.params(attempts, now().plus((backoff.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : backoff), cut(detail),
					now(), row.id())
			.update();
	}

	private void finish(Row row, String state, String providerId, String detail) {
		this.jdbc.sql("""
				update alert_outbox set state = ?, provider_id = ?, detail = ?, attempts = ?, updated_at = ?
				where id = ? and state = 'sending'""")
			.params(state, providerId, cut(detail), row.attempts() + 1, now(), row.id())
			.update();
	}

	private void pace() {
		long wait;
		synchronized (this) {
			long now = System.nanoTime();
			// Lateness (a slow row, a long sleep) is made up within a short window, so
			// the
			// long-run pace is the configured one rather than one interval plus
			// overheads.
			long slot = Math.max(this.nextSend, now - Math.min(this.intervalNanos * 10, CATCH_UP_NANOS));
			this.nextSend = slot + this.intervalNanos;
			wait = slot - now;
		}
		if (wait > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String cut(String detail) {
		return (detail == null || detail.length() <= 200) ? detail : detail.substring(0, 200);
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		OffsetDateTime claimed = rs.getObject("claimed_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), rs.getString("channel"), rs.getString("address"), rs.getString("body"),
				rs.getInt("attempts"), (claimed != null) ? claimed.toInstant() : null);
	}

	private record Row(long id, String channel, String address, String body, int attempts, Instant claimedAt) {
	}

}
