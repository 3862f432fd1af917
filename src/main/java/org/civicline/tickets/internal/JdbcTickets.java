package org.civicline.tickets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.civicline.tickets.InvalidTicket;
import org.civicline.tickets.NewTicket;
import org.civicline.tickets.ServiceCatalog;
import org.civicline.tickets.ServiceDefinition;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.TicketFiled;
import org.civicline.tickets.TicketStatusChanged;
import org.civicline.tickets.Tickets;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service requests in the relational store; the number residents quote is the row's id.
 */
@Repository
class JdbcTickets implements Tickets {

	static final int MAX_DESCRIPTION = 4000;

	private static final double DUPLICATE_METRES = 50;

	private static final List<String> STATUSES = List.of("open", "closed");

	private final JdbcClient jdbc;

	private final ServiceCatalog catalog;

	private final ApplicationEventPublisher events;

	private final JsonMapper json = JsonMapper.builder().build();

	JdbcTickets(JdbcClient jdbc, ServiceCatalog catalog, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.events = events;
	}

	@Override
	@Transactional
	public Ticket file(NewTicket ticket) {
		ServiceDefinition service = this.catalog.find(ticket.serviceCode())
			.orElseThrow(() -> new InvalidTicket("Unknown service code: " + ticket.serviceCode() + "."));
		TicketRules.check(service, ticket);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into ticket (service_code, status, description, address, address_key, latitude, longitude,
				    attributes, department, channel, sender, media_url, filed_at, updated_at, language)
				values (:service, 'open', :description, :address, :addressKey, :latitude, :longitude,
				    :attributes, :department, :channel, :sender, :mediaUrl, :now, :now, :language)
				""")
			.param("service", service.code())
			.param("description", ticket.description().strip())
			.param("address", blankToNull(ticket.address()))
			.param("addressKey", addressKey(ticket.address()))
			.param("latitude", ticket.latitude())
			.param("longitude", ticket.longitude())
			.param("attributes", this.json.writeValueAsString(ticket.attributes()))
			.param("department", service.department())
			.param("channel", ticket.channel())
			.param("sender", ticket.sender())
			.param("mediaUrl", ticket.mediaUrl())
			.param("language", ticket.language())
			.param("now", now)
			.update(key, "id");
		String number = String.valueOf(key.getKeyAs(Number.class).longValue());
		this.events.publishEvent(new TicketFiled(number, service.code(), service.department()));
		return findByNumber(number).orElseThrow();
	}

	@Override
	@Transactional
	public int forgetReporter(String channel, String sender) {
		return this.jdbc.sql("update ticket set sender = ? where channel = ? and sender = ?")
			.params(ERASED, channel, sender)
			.update();
	}

	@Override
	@Transactional
	public int forgetReportersBefore(java.time.Instant cutoff) {
		return this.jdbc.sql("update ticket set sender = ? where status = 'closed' and updated_at < ? and sender <> ?")
			.params(ERASED, cutoff.atOffset(ZoneOffset.UTC), ERASED)
			.update();
	}

	/** What a request's reporter becomes once they asked to be forgotten. */
	static final String ERASED = "erased";

	@Override
	public Optional<Ticket> findByNumber(String number) {
		Long id = parseNumber(number);
		if (id == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select * from ticket where id = ?").param(id).query(this::ticket).optional();
	}

	@Override
	public Map<String, Map<String, Long>> countByServiceAndStatus() {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		this.jdbc.sql("select service_code, status, count(*) as n from ticket group by service_code, status")
			.query((rs) -> {
				counts.computeIfAbsent(rs.getString("service_code"), (service) -> new TreeMap<>())
					.put(rs.getString("status"), rs.getLong("n"));
			});
		return counts;
	}

	@Override
	public List<Ticket> find(String serviceCode, String status, int max) {
		// The stream holds its connection until it is closed. The casts tell PostgreSQL
		// the
		// type of a parameter that may be null.
		try (Stream<Ticket> tickets = this.jdbc.sql("""
				select * from ticket where (cast(:service as varchar(64)) is null or service_code = :service)
				    and (cast(:status as varchar(16)) is null or status = :status) order by id desc""")
			.param("service", serviceCode)
			.param("status", status)
			.query(this::ticket)
			.stream()) {
			return tickets.limit(max).toList();
		}
	}

	@Override
	public List<Ticket> findBySender(String channel, String sender, int max) {
		try (Stream<Ticket> tickets = this.jdbc
			.sql("select * from ticket where channel = ? and sender = ? order by id desc")
			.params(channel, sender)
			.query(this::ticket)
			.stream()) {
			return tickets.limit(max).toList();
		}
	}

	@Override
	public Optional<Ticket> findOpenDuplicate(String serviceCode, String address, Double latitude, Double longitude) {
		String addressKey = addressKey(address);
		if (addressKey != null) {
			Optional<Ticket> same = this.jdbc
				.sql("select * from ticket where service_code = ? and status = 'open' and address_key = ? order by id")
				.params(serviceCode, addressKey)
				.query(this::ticket)
				.list()
				.stream()
				.findFirst();
			if (same.isPresent()) {
				return same;
			}
		}
		if (latitude == null || longitude == null) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select * from ticket where service_code = ? and status = 'open' and latitude is not null order by id")
			.param(serviceCode)
			.query(this::ticket)
			.list()
			.stream()
			.filter((open) -> Distance.metres(latitude, longitude, open.latitude(),
					open.longitude()) <= DUPLICATE_METRES)
			.findFirst();
	}

	@Override
	@Transactional
	public Ticket changeStatus(String number, String status, String note) {
		Ticket ticket = findByNumber(number).orElseThrow(() -> new InvalidTicket("No request number " + number + "."));
		String normalized = (status == null) ? "" : status.strip().toLowerCase(Locale.ROOT);
		if (!STATUSES.contains(normalized)) {
			throw new InvalidTicket("Status must be one of " + STATUSES + ".");
		}
		this.jdbc.sql("update ticket set status = ?, status_note = ?, updated_at = ? where id = ?")
			.params(normalized, blankToNull(note), OffsetDateTime.now(ZoneOffset.UTC), parseNumber(number))
			.update();
		this.events.publishEvent(new TicketStatusChanged(ticket.number(), ticket.serviceCode(), normalized,
				blankToNull(note), ticket.channel(), ticket.sender(), ticket.language()));
		return findByNumber(number).orElseThrow();
	}

	/**
	 * Two spellings of one place compare equal: case, punctuation and street-type words
	 * folded.
	 */
	static String addressKey(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		return address.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9& ]", " ")
			.replaceAll("\\b(street|st)\\b", "st")
			.replaceAll("\\b(avenue|ave|av)\\b", "ave")
			.replaceAll("\\b(road|rd)\\b", "rd")
			.replaceAll("\\s+(and|&)\\s+", " & ")
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static Long parseNumber(String number) {
		if (number == null) {
			return null;
		}
		String digits = number.strip().replaceFirst("^#", "");
		return digits.matches("\\d{1,12}") ? Long.valueOf(digits) : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private Ticket ticket(ResultSet rs, int row) throws SQLException {
		Map<String, String> attributes = this.json.readValue(rs.getString("attributes"),
				new TypeReference<LinkedHashMap<String, String>>() {
				});
		return new Ticket(String.valueOf(rs.getLong("id")), rs.getString("service_code"), rs.getString("status"),
				rs.getString("status_note"), rs.getString("description"), rs.getString("address"),
				(Double) rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class), attributes,
				rs.getString("department"), rs.getString("channel"), rs.getString("sender"), rs.getString("media_url"),
				rs.getObject("filed_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("language"));
	}

}
