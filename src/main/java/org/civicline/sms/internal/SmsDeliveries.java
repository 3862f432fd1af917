package org.civicline.sms.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;
import org.civicline.emergency.Subscriber;
import org.civicline.emergency.spi.AlertDeliveryStatus;
import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The outbound queue: texts the city starts (status updates), sent at the configured
 * pace, retried with backoff when Twilio is busy or failing, and never sent to a number
 * that opted out. A row is claimed by a conditional update, so two instances never send
 * it twice.
 */
@Service
public class SmsDeliveries {

	private static final Logger log = LoggerFactory.getLogger(SmsDeliveries.class);

	private static final Set<String> FINAL_STATUSES = Set.of("delivered", "undelivered", "failed", "read", "canceled");

	// A row left "sending" this long belongs to an instance that died mid-send.
	private static final Duration ABANDONED = Duration.ofMinutes(5);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final TwilioMessages messages;

	private final SendPace pace;

	private final AlertSubscriptions subscriptions;

	private final int maxAttempts;

	private final AlertDeliveryStatus alertStatus;

	SmsDeliveries(JdbcClient jdbc, TwilioMessages messages, SendPace pace, AlertSubscriptions subscriptions,
			SmsProperties properties, AlertDeliveryStatus alertStatus) {
		this.alertStatus = alertStatus;
		this.jdbc = jdbc;
		this.messages = messages;
		this.pace = pace;
		this.subscriptions = subscriptions;
		this.maxAttempts = properties.twilio().maxAttempts();
	}

	/** Queues a text to a number (E.164); returns its row id. */
	public long enqueue(String to, String body, String purpose) {
		OffsetDateTime now = now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into sms_outbound (recipient, body, purpose, state, attempts, next_attempt_at, created_at, updated_at)
					values (?, ?, ?, 'queued', 0, ?, ?, ?)""")
			.params(to, cut(body), purpose, now, now, now)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	@Scheduled(fixedDelayString = "${civicline.sms.outbox-poll-interval:1s}")
	void sendDue() {
		if (!this.messages.configured()) {
			return;
		}
		OffsetDateTime now = now();
		this.jdbc
			.sql("update sms_outbound set state = 'queued', updated_at = ? where state = 'sending' and updated_at < ?")
			.params(now, now.minus(ABANDONED))
			.update();
		List<Due> due = this.jdbc.sql("""
				select id, recipient, body, attempts from sms_outbound
				where state = 'queued' and next_attempt_at <= ? order by next_attempt_at, id
				fetch first 50 rows only""")
			.param(now)
			.query((rs, row) -> new Due(rs.getLong("id"), rs.getString("recipient"), rs.getString("body"),
					rs.getInt("attempts")))
			.list();
		for (Due row : due) {
			if (claim(row.id())) {
				send(row);
			}
		}
	}

	/**
	 * Records what Twilio's status callback said; a late "sent" never undoes "delivered".
	 */
	public void statusReported(String providerSid, String status, String errorCode) {
		this.alertStatus.reported(providerSid, status);
		// The guard is in the update itself: callbacks arrive out of order and at once.
		String finalOnly = FINAL_STATUSES.contains(status) ? ""
				: " and (delivery_status is null or delivery_status not in ('delivered', 'undelivered', 'failed', 'read', 'canceled'))";
		this.jdbc
			.sql("update sms_outbound set delivery_status = ?, error_code = coalesce(?, error_code), updated_at = ? "
					+ "where provider_sid = ?" + finalOnly)
			.params(status, blankToNull(errorCode), now(), providerSid)
			.update();
		if (String.valueOf(TwilioMessages.OPTED_OUT).equals(errorCode)) {
			this.jdbc.sql("select recipient from sms_outbound where provider_sid = ?")
				.param(providerSid)
				.query(String.class)
				.optional()
				.ifPresent(this::carrierOptOut);
		}
	}

	private void send(Due row) {
		if (this.subscriptions.find(SmsConversation.CHANNEL, row.recipient())
			.filter((subscriber) -> subscriber.status() == Subscriber.Status.OPTED_OUT)
			.isPresent()) {
			finish(row.id(), "opted-out", null, null, row.attempts());
			return;
		}
		try {
			this.pace.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			release(row, "interrupted");
			return;
		}
		AlertDelivery delivery = this.messages.send(row.recipient(), row.body());
		switch (delivery.outcome()) {
			case ACCEPTED -> finish(row.id(), "sent", delivery.providerId(), null, row.attempts() + 1);
			case OPTED_OUT -> {
				// The opt-out is recorded first: the row's final state is what others
				// wait on.
				carrierOptOut(row.recipient());
				finish(row.id(), "opted-out", null, delivery.detail(), row.attempts() + 1);
			}
			case REJECTED -> finish(row.id(), "failed", null, delivery.detail(), row.attempts() + 1);
			case TRY_LATER -> release(row, delivery.detail());
		}
	}

	private void release(Due row, String error) {
		int attempts = row.attempts() + 1;
		if (attempts >= this.maxAttempts) {
			finish(row.id(), "failed", null, error, attempts);
			log.warn("Gave up on SMS {} after {} attempts: {}", row.id(), attempts, error);
			return;
		}
		Duration backoff = Duration.ofSeconds(1L << Math.min(attempts, 20));
		OffsetDateTime next = now().plus((backoff.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : backoff);
		this.jdbc
			.sql("""
					update sms_outbound set state = 'queued', attempts = ?, next_attempt_at = ?, error_code = ?, updated_at = ?
					where id = ?""")
			.params(attempts, next, error, now(), row.id())
			.update();
	}

	private void finish(long id, String state, String providerSid, String error, int attempts) {
		this.jdbc.sql("""
				update sms_outbound set state = ?, provider_sid = ?, error_code = ?, attempts = ?, updated_at = ?
				where id = ?""").params(state, providerSid, error, attempts, now(), id).update();
	}

	private boolean claim(long id) {
		return this.jdbc
			.sql("update sms_outbound set state = 'sending', updated_at = ? where id = ? and state = 'queued'")
			.params(now(), id)
			.update() == 1;
	}

	private void carrierOptOut(String number) {
		this.subscriptions.optOut(new ConsentStep(SmsConversation.CHANNEL, number,
				"(carrier) Twilio error " + TwilioMessages.OPTED_OUT + ": the number opted out", null, "en"));
	}

	private static String cut(String body) {
		return (body.length() <= SmsReplyFitter.MAX_CHARACTERS) ? body
				: body.substring(0, SmsReplyFitter.MAX_CHARACTERS);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private record Due(long id, String recipient, String body, int attempts) {
	}

}
