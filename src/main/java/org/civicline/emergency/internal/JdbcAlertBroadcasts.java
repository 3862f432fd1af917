package org.civicline.emergency.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicline.emergency.AlertBroadcasts;
import org.civicline.emergency.InvalidEmergency;
import org.civicline.emergency.spi.AlertDeliveryStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts and their outbox. Sending an alert writes one outbox row per subscriber in the
 * same transaction, so either every subscriber is queued or none is.
 */
@Service
class JdbcAlertBroadcasts implements AlertBroadcasts, AlertDeliveryStatus {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAlertBroadcasts(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional
	public Alert send(AlertRequest request, String actor) {
		String text = required(request.text(), "text");
		String spanish = (request.textEs() == null || request.textEs().isBlank()) ? text : request.textEs().strip();
		if (spanish.length() > 1600) {
			throw new InvalidEmergency("textEs is at most 1600 characters");
		}
		List<String> zones = (request.zones() != null) ? request.zones()
			.stream()
			.map(String::strip)
			.filter((zone) -> !zone.isEmpty())
			.map((zone) -> zone.toUpperCase(java.util.Locale.ROOT))
			.toList() : List.of();
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into emergency_alert (text_en, text_es, zones, created_by, created_at)
				values (?, ?, ?, ?, ?)""").params(text, spanish, String.join(",", zones), actor, now).update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		List<Object> params = new ArrayList<>(List.of(id, spanish, text, now, now));
		String inScope = "";
		if (!zones.isEmpty()) {
			inScope = " and (zone is null or upper(zone) in ("
					+ String.join(",", zones.stream().map((z) -> "?").toList()) + "))";
			params.addAll(zones);
		}
		int recipients = this.jdbc
			.sql("""
					insert into alert_outbox (alert_id, channel, address, body, state, attempts, next_attempt_at, updated_at)
					select ?, channel, address, case when language = 'es' then ? else ? end, 'queued', 0, ?, ?
					from alert_subscriber where status = 'CONFIRMED'"""
					+ inScope)
			.params(params)
			.update();
		return new Alert(id, recipients, now.toInstant());
	}

	@Override
	public Optional<DeliveryReport> report(long alertId) {
		return this.jdbc.sql(REPORT + " where a.id = ? group by a.id, a.text_en, a.created_at, a.created_by")
			.param(alertId)
			.query(JdbcAlertBroadcasts::report)
			.optional();
	}

	@Override
	public List<DeliveryReport> recent() {
		return this.jdbc
			.sql(REPORT + " group by a.id, a.text_en, a.created_at, a.created_by order by a.id desc limit 20")
			.query(JdbcAlertBroadcasts::report)
			.list();
	}

	@Override
	public void reported(String providerId, String status) {
		this.jdbc.sql("""
				update alert_outbox set delivery_status = ?, updated_at = ?
				where provider_id = ? and (delivery_status is null or delivery_status not in
				    ('delivered', 'undelivered', 'failed', 'read'))""")
			.params(status, OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC), providerId)
			.update();
	}

	private static final String REPORT = """
			select a.id, a.text_en, a.created_at, a.created_by, count(o.id) as recipients,
			    sum(case when o.state = 'queued' then 1 else 0 end) as queued,
			    sum(case when o.state = 'sending' then 1 else 0 end) as sending,
			    sum(case when o.state = 'sent' then 1 else 0 end) as sent,
			    sum(case when o.delivery_status = 'delivered' then 1 else 0 end) as delivered,
			    sum(case when o.state = 'failed' then 1 else 0 end) as failed,
			    sum(case when o.state = 'opted-out' then 1 else 0 end) as opted_out
			from emergency_alert a left join alert_outbox o on o.alert_id = a.id""";

	private static DeliveryReport report(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new DeliveryReport(rs.getLong("id"), rs.getString("text_en"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
				rs.getInt("recipients"), rs.getInt("queued"), rs.getInt("sending"), rs.getInt("sent"),
				rs.getInt("delivered"), rs.getInt("failed"), rs.getInt("opted_out"));
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidEmergency(field + " is required");
		}
		if (value.strip().length() > 1600) {
			throw new InvalidEmergency(field + " is at most 1600 characters");
		}
		return value.strip();
	}

}
