package org.civicline.emergency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.civicline.emergency.Emergency;
import org.civicline.emergency.EmergencyActivated;
import org.civicline.emergency.EmergencyDeclaration;
import org.civicline.emergency.Guidance;
import org.civicline.emergency.EmergencyMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency mode in the database, so every instance pins the same guidance. An emergency
 * past its expiry is over: the first reader after that moment records it.
 */
@Service
class JdbcEmergencyMode implements EmergencyMode {

	private static final Logger log = LoggerFactory.getLogger(JdbcEmergencyMode.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JobLeases leases;

	JdbcEmergencyMode(JdbcClient jdbc, ApplicationEventPublisher events, Optional<Clock> clock, JobLeases leases) {
		this.leases = leases;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public Optional<Emergency> active() {
		Instant now = this.clock.instant();
		List<Emergency> started = this.jdbc.sql("""
				select * from emergency_version where ended_at is null and starts_at <= ? order by id desc""")
			.param(at(now))
			.query(JdbcEmergencyMode::emergency)
			.list();
		if (started.isEmpty()) {
			return Optional.empty();
		}
		// A scheduled version that has begun replaces the one before it.
		for (Emergency older : started.subList(1, started.size())) {
			this.jdbc.sql("update emergency_version set ended_at = ? where id = ? and ended_at is null")
				.params(at(now), older.version())
				.update();
		}
		Emergency newest = started.get(0);
		if (!newest.expiresAt().isAfter(now)) {
			expire(newest);
			return Optional.empty();
		}
		return Optional.of(newest);
	}

	@Override
	@Transactional
	public Emergency declare(EmergencyDeclaration declaration, String actor) {
		Instant now = this.clock.instant();
		Instant start = declaration.start(now);
		Instant expiry = declaration.expiry(now);
		boolean scheduled = start.isAfter(now);
		// A declaration for later leaves the current one alone until its start.
		boolean update = !scheduled
				&& this.jdbc.sql("update emergency_version set ended_at = ? where ended_at is null and starts_at <= ?")
					.params(at(now), at(now))
					.update() > 0;
		Guidance spanish = declaration.spanish();
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into emergency_version (hazard, phase, headline, guidance_short, guidance_long, faq_ids, zones,
				    starts_at, expires_at, reason, created_by, headline_es, guidance_short_es, guidance_long_es)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(declaration.hazard(), declaration.phase(), declaration.headline().strip(),
					declaration.guidanceShort().strip(), declaration.guidanceLong().strip(),
					String.join(",", declaration.faqIds()), String.join(",", declaration.zones()), at(start),
					at(expiry), declaration.reason().strip(), actor, (spanish != null) ? spanish.headline() : null,
					(spanish != null) ? spanish.guidanceShort() : null,
					(spanish != null) ? spanish.guidanceLong() : null)
			.update(key, "id");
		long version = key.getKeyAs(Number.class).longValue();
		String action = scheduled ? "scheduled" : (update ? "updated" : "activated");
		audit(actor, action, version, describe(declaration, start, expiry));
		log.info("Emergency mode {} by {}: {} ({})", action, actor, declaration.headline(), declaration.hazard());
		if (scheduled) {
			return new Emergency(version, declaration.hazard(), declaration.phase(), declaration.headline().strip(),
					declaration.guidanceShort().strip(), declaration.guidanceLong().strip(), declaration.faqIds(),
					declaration.zones(), start, expiry, declaration.reason().strip(), spanish);
		}
		this.events.publishEvent(new EmergencyActivated(version, declaration.hazard(), declaration.headline()));
		return active().orElseThrow();
	}

	@Override
	@Transactional
	public boolean end(String actor, String reason) {
		Optional<Emergency> current = active();
		if (current.isEmpty()) {
			return false;
		}
		this.jdbc.sql("update emergency_version set ended_at = ? where id = ? and ended_at is null")
			.params(at(this.clock.instant()), current.get().version())
			.update();
		audit(actor, "deactivated", current.get().version(),
				(reason != null && !reason.isBlank()) ? reason : "switched off");
		log.info("Emergency mode switched off by {}", actor);
		return true;
	}

	@Override
	public List<AuditEntry> audit() {
		return this.jdbc.sql("select * from emergency_audit order by id desc")
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("action"), (Long) rs.getObject("version", Long.class),
					rs.getString("details")))
			.list();
	}

	/** Switches an expired emergency off even when nobody asks. */
	@Scheduled(fixedDelayString = "${civicline.emergency.expiry-check-interval:30s}")
	void expireOverdue() {
		// Expiring is safe on every instance (a conditional update), but one is enough.
		if (this.leases.acquire("emergency-expiry", java.time.Duration.ofMinutes(2))) {
			active();
		}
	}

	private void expire(Emergency emergency) {
		int ended = this.jdbc.sql("update emergency_version set ended_at = ? where id = ? and ended_at is null")
			.params(at(emergency.expiresAt()), emergency.version())
			.update();
		if (ended > 0) {
			audit("system", "expired", emergency.version(), "reached its expiry " + emergency.expiresAt());
			log.info("Emergency mode expired: {}", emergency.headline());
		}
	}

	private void audit(String actor, String action, Long version, String details) {
		this.jdbc.sql("insert into emergency_audit (at, actor, action, version, details) values (?, ?, ?, ?, ?)")
			.params(at(this.clock.instant()), actor, action, version, details)
			.update();
	}

	private static String describe(EmergencyDeclaration declaration, Instant start, Instant expiry) {
		String text = "hazard=" + declaration.hazard() + "; phase=" + declaration.phase() + "; headline="
				+ declaration.headline() + "; guidanceShort=" + declaration.guidanceShort() + "; guidanceLong="
				+ declaration.guidanceLong() + "; faqIds=" + declaration.faqIds() + "; scope="
				+ (declaration.zones().isEmpty() ? "city" : declaration.zones()) + "; startsAt=" + start
				+ "; expiresAt=" + expiry + "; reason=" + declaration.reason()
				+ ((declaration.spanish() != null) ? "; spanish=" + declaration.spanish() : "");
		return (text.length() <= 8000) ? text : text.substring(0, 8000);
	}

	private static Emergency emergency(ResultSet rs, int row) throws SQLException {
		return new Emergency(rs.getLong("id"), rs.getString("hazard"), rs.getString("phase"), rs.getString("headline"),
				rs.getString("guidance_short"), rs.getString("guidance_long"), list(rs.getString("faq_ids")),
				list(rs.getString("zones")), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
				(rs.getString("headline_es") != null) ? new Guidance(rs.getString("headline_es"),
						rs.getString("guidance_short_es"), rs.getString("guidance_long_es")) : null);
	}

	private static List<String> list(String joined) {
		return (joined == null || joined.isBlank()) ? List.of() : Arrays.asList(joined.split(","));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
