package org.civicline.tickets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.civicline.testsupport.SchemaDataSource;
import org.civicline.tickets.InvalidTicket;
import org.civicline.tickets.NewTicket;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.TicketStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the ticket store must do on every database CivicLine supports. */
abstract class TicketStoreContract {

	final List<Object> published = new ArrayList<>();

	JdbcTickets tickets;

	JdbcClient jdbc;

	abstract DataSource dataSource();

	@BeforeEach
	void freshSchema() {
		this.jdbc = JdbcClient.create(SchemaDataSource.migrated(dataSource(), "tickets"));
		this.tickets = new JdbcTickets(this.jdbc, new YamlServiceCatalog(), this.published::add);
	}

	@Test
	void filesARequestWithAShortNumberAndReadsItBack() {
		Ticket ticket = this.tickets.file(pothole("Huge pothole", "5th Ave & Main St"));
		assertThat(ticket.number()).matches("\\d{4,}");
		assertThat(ticket.status()).isEqualTo("open");
		assertThat(ticket.department()).isEqualTo("Public Works - Streets");
		assertThat(this.tickets.findByNumber(ticket.number())).contains(ticket);
		assertThat(this.tickets.findByNumber("#" + ticket.number())).contains(ticket);
	}

	@Test
	void countsRequestsByServiceAndStatus() {
		this.tickets.file(pothole("one", "1 Elm St"));
		Ticket closed = this.tickets.file(pothole("two", "2 Elm St"));
		this.tickets.changeStatus(closed.number(), "closed", "Patched");
		assertThat(this.tickets.countByServiceAndStatus())
			.isEqualTo(Map.of("pothole", Map.of("open", 1L, "closed", 1L)));
	}

	@Test
	void keepsASendersRequestsNewestFirst() {
		Ticket first = this.tickets.file(pothole("one", "1 Elm St"));
		Ticket second = this.tickets.file(pothole("two", "2 Elm St"));
		assertThat(this.tickets.findBySender("sms", "+15550001111", 5)).containsExactly(second, first);
		assertThat(this.tickets.findBySender("sms", "+15559999999", 5)).isEmpty();
	}

	@Test
	void findsAnOpenRequestAtTheSamePlaceHoweverItIsSpelled() {
		Ticket open = this.tickets.file(pothole("hole", "5th Avenue and Main Street"));
		assertThat(this.tickets.findOpenDuplicate("pothole", "5th ave & main st", null, null)).contains(open);
		assertThat(this.tickets.findOpenDuplicate("streetlight", "5th ave & main st", null, null)).isEmpty();
		this.tickets.changeStatus(open.number(), "closed", "Patched");
		assertThat(this.tickets.findOpenDuplicate("pothole", "5th ave & main st", null, null)).isEmpty();
	}

	@Test
	void findsAnOpenRequestWithin50Metres() {
		Ticket open = this.tickets
			.file(new NewTicket("pothole", "hole", null, 42.3601, -71.0589, Map.of(), "telegram", "77", null));
		assertThat(this.tickets.findOpenDuplicate("pothole", null, 42.3603, -71.0589)).contains(open);
		assertThat(this.tickets.findOpenDuplicate("pothole", null, 42.3650, -71.0589)).isEmpty();
	}

	@Test
	void aStatusChangeIsAnnouncedToTheChannelItCameFrom() {
		Ticket ticket = this.tickets.file(pothole("hole", "1 Elm St"));
		Ticket closed = this.tickets.changeStatus(ticket.number(), "Closed", "Patched today");
		assertThat(closed.status()).isEqualTo("closed");
		assertThat(closed.statusNote()).isEqualTo("Patched today");
		assertThat(this.published).contains(
				new TicketStatusChanged(ticket.number(), "pothole", "closed", "Patched today", "sms", "+15550001111"));
	}

	@Test
	void refusesWhatCannotBeFiledAndSavesNothing() {
		assertRefused(new NewTicket("no-such-service", "x", "1 Elm St", null, null, Map.of(), "sms", "s", null),
				"Unknown service");
		assertRefused(new NewTicket("pothole", "x", null, null, null, Map.of(), "sms", "s", null), "location");
		assertRefused(new NewTicket("pothole", "x".repeat(4001), "1 Elm St", null, null, Map.of(), "sms", "s", null),
				"too long");
		assertRefused(new NewTicket("illegal-parking", "blocked", "1 Elm St", null, null, Map.of(), "sms", "s", null),
				"vehicle");
		assertRefused(
				new NewTicket("noise", "loud", "1 Elm St", null, null, Map.of("source", "aliens"), "sms", "s", null),
				"source must be one of");
		assertRefused(new NewTicket("pothole", "x", "1 Elm St", null, null, Map.of("colour", "red"), "sms", "s", null),
				"no detail colour");
		assertRefused(new NewTicket("pothole", "x", null, 95.0, 0.0, Map.of(), "sms", "s", null), "Latitude");
		assertThat(this.jdbc.sql("select count(*) from ticket").query(Long.class).single()).isZero();
	}

	@Test
	void refusesAnUnknownNumberOrStatus() {
		Ticket ticket = this.tickets.file(pothole("hole", "1 Elm St"));
		assertThatExceptionOfType(InvalidTicket.class)
			.isThrownBy(() -> this.tickets.changeStatus("999999", "closed", ""));
		assertThatExceptionOfType(InvalidTicket.class)
			.isThrownBy(() -> this.tickets.changeStatus(ticket.number(), "vanished", ""));
		assertThat(this.tickets.findByNumber("not-a-number")).isEmpty();
	}

	private void assertRefused(NewTicket ticket, String explanation) {
		assertThatExceptionOfType(InvalidTicket.class).isThrownBy(() -> this.tickets.file(ticket))
			.withMessageContaining(explanation);
	}

	private static NewTicket pothole(String description, String address) {
		return new NewTicket("pothole", description, address, null, null, Map.of(), "sms", "+15550001111", null);
	}

}
