package org.civicline.emergency.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicline.emergency.Emergency;
import org.civicline.emergency.EmergencyDeclaration;
import org.civicline.emergency.EmergencyMode;
import org.civicline.emergency.EmergencyProposals;
import org.civicline.emergency.InvalidEmergency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the official CAP feed and turns alerts for the city into proposals; an Update
 * supersedes what it refers to and a Cancel cancels it. Staff accept a proposal with one
 * call (or it is accepted at once when auto-activation is configured).
 */
@Service
class CapFeed implements EmergencyProposals {

	static final String ACTOR = "cap-feed";

	private static final Logger log = LoggerFactory.getLogger(CapFeed.class);

	private final JdbcClient jdbc;

	private final EmergencyMode mode;

	private final CapProperties properties;

	private final CapMatcher matcher;

	private final Clock clock;

	// Made at the first poll: building it sets up TLS, which a city without a feed never
	// needs, and which cost a start about 0.3 s on 2 cores.
	private HttpClient http;

	private final JobLeases leases;

	CapFeed(JdbcClient jdbc, EmergencyMode mode, CapProperties properties, Optional<Clock> clock, JobLeases leases) {
		this.leases = leases;
		this.jdbc = jdbc;
		this.mode = mode;
		this.properties = properties;
		this.matcher = new CapMatcher(properties);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${civicline.emergency.cap.poll-interval:2m}", initialDelayString = "10s")
	void poll() {
		if (this.properties.feedUrl() == null || this.properties.feedUrl().isBlank()) {
			return;
		}
		// One instance reads the feed; the lease outlives two polls so a dead holder is
		// replaced.
		if (!this.leases.acquire("cap-feed", this.properties.pollInterval().multipliedBy(2))) {
			return;
		}
		try {
			HttpResponse<byte[]> response = http().send(HttpRequest.newBuilder(URI.create(this.properties.feedUrl()))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "application/atom+xml, application/cap+xml, application/xml")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				log.warn("CAP feed answered HTTP {}", response.statusCode());
				return;
			}
			take(response.body());
		}
		catch (java.io.IOException ex) {
			log.warn("CAP feed unreachable: {}", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (CapParser.CapRejected ex) {
			log.warn("CAP feed refused: {}", ex.getMessage());
		}
	}

	private synchronized HttpClient http() {
		if (this.http == null) {
			this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		}
		return this.http;
	}

	/**
	 * Takes what the feed holds; returns the proposals it made. Each proposal is its own
	 * statement: a repeat of one already taken fails alone.
	 */
	List<Long> take(byte[] document) {
		Instant now = this.clock.instant();
		List<Long> made = new java.util.ArrayList<>();
		for (CapAlert alert : CapParser.parse(document)) {
			if (!"Actual".equalsIgnoreCase(alert.status()) || !"Public".equalsIgnoreCase(alert.scope())) {
				continue;
			}
			if ("Cancel".equalsIgnoreCase(alert.msgType())) {
				alert.references().forEach((reference) -> cancel(reference, alert));
				continue;
			}
			Optional<CapAlert.Info> info = this.matcher.match(alert, now);
			if (info.isEmpty()
					|| !("Alert".equalsIgnoreCase(alert.msgType()) || "Update".equalsIgnoreCase(alert.msgType()))) {
				continue;
			}
			Optional<Long> id = propose(alert, info.get(), now);
			if (id.isPresent()) {
				alert.references().forEach((reference) -> supersede(reference));
				made.add(id.get());
				log.info("CAP alert proposed: {} ({})", info.get().event(), alert.identifier());
				if (this.properties.autoActivate()) {
					accept(id.get(), ACTOR);
				}
			}
		}
		return made;
	}

	@Override
	public List<Proposal> open() {
		return this.jdbc.sql("""
				select * from cap_proposal where state = 'proposed' and (expires_at is null or expires_at > ?)
				order by id desc""")
			.param(this.clock.instant().atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Proposal(rs.getLong("id"), rs.getString("cap_sender"), rs.getString("identifier"),
					rs.getString("event"), rs.getString("headline"), rs.getString("severity"), rs.getString("urgency"),
					rs.getString("certainty"), rs.getString("area"),
					rs.getObject("sent", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject("expires_at", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null),
					rs.getString("state")))
			.list();
	}

	@Override
	@Transactional
	public Emergency accept(long id, String actor) {
		Proposal proposal = openProposal(id);
		Row row = this.jdbc
			.sql("select event, urgency, headline, instruction, short_text, expires_at from cap_proposal "
					+ "where id = ?")
			.param(id)
			.query((rs, n) -> new Row(rs.getString("event"), rs.getString("urgency"), rs.getString("headline"),
					rs.getString("instruction"), rs.getString("short_text"),
					rs.getObject("expires_at", OffsetDateTime.class)))
			.single();
		String hazard = hazard(row.event());
		String headline = cut((row.headline() != null) ? row.headline() : row.event(), 120);
		String longText = (row.instruction() != null && !row.instruction().isBlank()) ? row.instruction() : headline;
		String shortText = (row.shortText() != null && !row.shortText().isBlank()) ? row.shortText() : headline;
		Instant now = this.clock.instant();
		Instant expires = (row.expires() != null && row.expires().toInstant().isAfter(now)
				&& row.expires().toInstant().isBefore(now.plus(Duration.ofDays(30)))) ? row.expires().toInstant()
						: null;
		Emergency emergency = this.mode.declare(
				new EmergencyDeclaration(hazard, "immediate".equalsIgnoreCase(row.urgency()) ? "during" : "before",
						headline, cut(shortText, 160), cut(longText, 4000),
						FAQ_BY_HAZARD.getOrDefault(hazard, List.of("emergency-kit")), List.of(), null, expires,
						"CAP alert " + proposal.identifier() + " from " + proposal.sender() + ": " + proposal.event()),
				actor);
		decide(id, "accepted", actor);
		return emergency;
	}

	@Override
	@Transactional
	public void dismiss(long id, String actor) {
		openProposal(id);
		decide(id, "dismissed", actor);
	}

	private Proposal openProposal(long id) {
		return open().stream()
			.filter((proposal) -> proposal.id() == id)
			.findFirst()
			.orElseThrow(() -> new InvalidEmergency("no open proposal " + id));
	}

	private Optional<Long> propose(CapAlert alert, CapAlert.Info info, Instant now) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		String area = String.join("; ", info.areas().stream().map(CapAlert.Area::description).toList());
		try {
			this.jdbc
				.sql("""
						insert into cap_proposal (cap_sender, identifier, sent, msg_type, event, urgency, severity, certainty,
						    headline, instruction, short_text, area, expires_at, state, received_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?)""")
				.params(cut(alert.sender(), 200), cut(alert.identifier(), 200), alert.sent(), alert.msgType(),
						cut(info.event(), 200), info.urgency(), info.severity(), info.certainty(),
						cut(info.headline(), 500), cut(info.instruction(), 4000),
						cut(Optional.ofNullable(info.parameters().get("CMAMtext"))
							.orElse(info.parameters().get("CMAMlongtext")), 400),
						cut(area, 1000), info.expires(), now.atOffset(ZoneOffset.UTC))
				.update(key, "id");
			return Optional.of(key.getKeyAs(Number.class).longValue());
		}
		catch (DuplicateKeyException ex) {
			// Feeds repeat what they still carry: an alert seen before is not proposed
			// again.
			return Optional.empty();
		}
	}

	private void supersede(CapAlert.Reference reference) {
		this.jdbc
			.sql("update cap_proposal set state = 'superseded' where cap_sender = ? and identifier = ? "
					+ "and state = 'proposed'")
			.params(reference.sender(), reference.identifier())
			.update();
	}

	private void cancel(CapAlert.Reference reference, CapAlert cancellation) {
		this.jdbc
			.sql("update cap_proposal set state = 'cancelled' where cap_sender = ? and identifier = ? "
					+ "and state in ('proposed', 'accepted')")
			.params(reference.sender(), reference.identifier())
			.update();
		this.mode.active()
			.filter((emergency) -> emergency.reason()
				.startsWith("CAP alert " + reference.identifier() + " from " + reference.sender() + ":"))
			.ifPresent((emergency) -> this.mode.end(ACTOR,
					"the alert was cancelled by its sender (" + cancellation.identifier() + ")"));
	}

	private void decide(long id, String state, String actor) {
		this.jdbc.sql("update cap_proposal set state = ?, decided_by = ?, decided_at = ? where id = ?")
			.params(state, actor, this.clock.instant().atOffset(ZoneOffset.UTC), id)
			.update();
	}

	static String hazard(String event) {
		String e = event.toLowerCase(Locale.ROOT);
		if (e.contains("hurricane") || e.contains("tropical storm") || e.contains("typhoon")) {
			return "hurricane";
		}
		if (e.contains("tornado")) {
			return "tornado";
		}
		if (e.contains("flood") || e.contains("storm surge") || e.contains("tsunami")) {
			return "flood";
		}
		if (e.contains("heat")) {
			return "extreme-heat";
		}
		if (e.contains("winter") || e.contains("blizzard") || e.contains("ice storm") || e.contains("snow")) {
			return "winter-storm";
		}
		if (e.contains("smoke") || e.contains("air quality") || e.contains("fire")) {
			return "wildfire-smoke";
		}
		if (e.contains("boil water")) {
			return "boil-water";
		}
		if (e.contains("power")) {
			return "power-outage";
		}
		return "other";
	}

	private static final java.util.Map<String, List<String>> FAQ_BY_HAZARD = java.util.Map.of("hurricane",
			List.of("hurricane-preparedness", "evacuation", "emergency-shelters"), "flood",
			List.of("flood-safety", "emergency-shelters"), "extreme-heat", List.of("extreme-heat"), "winter-storm",
			List.of("winter-storm", "snow-emergency-parking"), "tornado", List.of("tornado-safety"), "power-outage",
			List.of("power-outage"), "boil-water", List.of("boil-water-notice"));

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private record Row(String event, String urgency, String headline, String instruction, String shortText,
			OffsetDateTime expires) {
	}

}
