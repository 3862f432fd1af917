package org.civicline.emergency.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.ConsentRecord;
import org.civicline.emergency.Subscriber;
import org.civicline.emergency.Subscriber.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Subscribers and their consent ledger, written together in one transaction. */
@Repository
class JdbcAlertSubscriptions implements AlertSubscriptions {

	private final JdbcClient jdbc;

	JdbcAlertSubscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public Subscriber requestSignUp(ConsentStep step) {
		Status next = find(step.channel(), step.address()).map(Subscriber::status)
			.filter((status) -> status == Status.CONFIRMED)
			.orElse(Status.PENDING);
		return record(step, next, "requested", step.zone());
	}

	@Override
	@Transactional
	public Optional<Subscriber> confirm(ConsentStep step) {
		Optional<Subscriber> current = find(step.channel(), step.address());
		if (current.isEmpty() || current.get().status() != Status.PENDING) {
			return Optional.empty();
		}
		return Optional.of(record(step, Status.CONFIRMED, "confirmed", current.get().zone()));
	}

	@Override
	@Transactional
	public Subscriber optOut(ConsentStep step) {
		String zone = find(step.channel(), step.address()).map(Subscriber::zone).orElse(step.zone());
		return record(step, Status.OPTED_OUT, "opted-out", zone);
	}

	@Override
	@Transactional
	public Subscriber optIn(ConsentStep step) {
		Optional<Subscriber> current = find(step.channel(), step.address());
		Status next = current.isPresent() ? Status.CONFIRMED : Status.PENDING;
		return record(step, next, "opted-in", current.map(Subscriber::zone).orElse(step.zone()));
	}

	@Override
	@Transactional
	public int erase(String channel, String address) {
		int erased = this.jdbc.sql("delete from alert_subscriber where channel = ? and address = ?")
			.params(channel, address)
			.update();
		erased += this.jdbc.sql("delete from alert_outbox where channel = ? and address = ?")
			.params(channel, address)
			.update();
		erased += this.jdbc.sql("delete from alert_retry where channel = ? and address = ?")
			.params(channel, address)
			.update();
		erased += this.jdbc.sql("update alert_consent set address = ? where channel = ? and address = ?")
			.params(hashed(address), channel, address)
			.update();
		return erased;
	}

	@Override
	@Transactional
	public int forgetDeliveriesBefore(java.time.Instant cutoff) {
		OffsetDateTime at = cutoff.atOffset(ZoneOffset.UTC);
		return this.jdbc.sql("delete from alert_outbox where state not in ('queued', 'sending') and updated_at < ?")
			.param(at)
			.update() + this.jdbc.sql("delete from alert_retry where next_attempt_at < ?").param(at).update();
	}

	// The ledger must show that consent was given and withdrawn; it need not show to
	// whom, once the resident asked to be forgotten. The hash still answers "did this
	// number consent?" for someone who has the number.
	static String hashed(String address) {
		try {
			return "sha256:" + java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(address.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This Java has no SHA-256", ex);
		}
	}

	@Override
	public Optional<Subscriber> find(String channel, String address) {
		return this.jdbc.sql("""
				select channel, address, status, zone, language, updated_at
				from alert_subscriber where channel = ? and address = ?""")
			.params(channel, address)
			.query((rs, row) -> new Subscriber(rs.getString("channel"), rs.getString("address"),
					Status.valueOf(rs.getString("status")), rs.getString("zone"), rs.getString("language"),
					rs.getObject("updated_at", OffsetDateTime.class)))
			.optional();
	}

	@Override
	public List<SubscriberCount> counts() {
		return this.jdbc.sql("""
				select channel, zone, language, status, count(*) as n from alert_subscriber
				group by channel, zone, language, status order by channel, zone, language, status
				""")
			.query((rs, row) -> new SubscriberCount(rs.getString("channel"), rs.getString("zone"),
					rs.getString("language"), Status.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
	}

	@Override
	public Map<LocalDate, Map<String, Long>> consentPerDay(LocalDate from) {
		Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
		this.jdbc.sql("""
				select cast(recorded_at as date) as step_day, action, count(*) as n from alert_consent
				where recorded_at >= ? group by cast(recorded_at as date), action""")
			.param(from.atStartOfDay().atOffset(ZoneOffset.UTC))
			.query((rs) -> {
				days.computeIfAbsent(rs.getObject("step_day", LocalDate.class), (day) -> new TreeMap<>())
					.put(rs.getString("action"), rs.getLong("n"));
			});
		return days;
	}

	@Override
	public List<ConsentRecord> ledger() {
		return this.jdbc.sql("""
				select id, channel, address, action, words, zone, language, recorded_at
				from alert_consent order by id""")
			.query((rs, row) -> new ConsentRecord(rs.getLong("id"), rs.getString("channel"), rs.getString("address"),
					rs.getString("action"), rs.getString("words"), rs.getString("zone"), rs.getString("language"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	private Subscriber record(ConsentStep step, Status status, String action, String zone) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int updated = this.jdbc.sql("""
				update alert_subscriber set status = ?, zone = ?, language = ?, updated_at = ?
				where channel = ? and address = ?""")
			.params(status.name(), zone, step.language(), now, step.channel(), step.address())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into alert_subscriber (channel, address, status, zone, language, updated_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(step.channel(), step.address(), status.name(), zone, step.language(), now)
				.update();
		}
		this.jdbc.sql("""
				insert into alert_consent (channel, address, action, words, zone, language, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(step.channel(), step.address(), action, truncate(step.words()), zone, step.language(), now)
			.update();
		return new Subscriber(step.channel(), step.address(), status, zone, step.language(), now);
	}

	private static String truncate(String words) {
		return (words.length() <= 2000) ? words : words.substring(0, 2000);
	}

}
