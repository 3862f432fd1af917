package org.civicline.conversation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.civicline.tickets.NewTicket;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.Tickets;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents' texts and addresses past the retention period go from every module's tables
 * in one sweep; what is younger stays, and a closed request stays as the city's record
 * without its reporter.
 */
@CivicLineIntegrationTest
class ResidentDataRetentionIntegrationTests {

	@Autowired
	ResidentDataRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tickets tickets;

	@Test
	void whatIsOlderThanTheRetentionPeriodGoesFromEveryModuleAndTheRestStays() {
		// Older than this test's cutoff (30 days) but younger than the configured period
		// (90
		// days), so the application's own scheduled sweep, which may run at any moment of
		// the suite, leaves these rows to this test.
		OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusDays(60);
		OffsetDateTime recent = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3);
		for (OffsetDateTime at : new OffsetDateTime[] { old, recent }) {
			String tag = "retention-" + at.toEpochSecond();
			this.jdbc
				.sql("insert into callback_request (channel, sender, phone, message, requested_at) "
						+ "values ('web', ?, null, 'please call me', ?)")
				.params(tag, at)
				.update();
			this.jdbc
				.sql("insert into webchat_message (session_id, author, body, created_at) values (?, 'resident', "
						+ "'my address is 9 Elm St', ?)")
				.params(tag, at)
				.update();
			this.jdbc.sql("insert into sms_inbound (message_sid, sender, received_at) values (?, ?, ?)")
				.params("SM" + tag, "+1555" + (at == old ? "0000001" : "0000002"), at)
				.update();
			// Claimed now, as by a live instance: the application's own retry worker,
			// which may run at any moment, leaves these due rows to this test.
			this.jdbc
				.sql("insert into alert_retry (channel, address, body, tries_left, pause_ms, next_attempt_at, "
						+ "claimed_at) values ('telegram', ?, 'alert', 1, 1000, ?, ?)")
				.params(tag, at, OffsetDateTime.now(ZoneOffset.UTC))
				.update();
		}
		Ticket closed = this.tickets.file(new NewTicket("pothole", "deep hole", "12 Retention Rd", null, null, Map.of(),
				"sms", "+15550000003", null));
		this.tickets.changeStatus(closed.number(), "closed", "Filled.");
		this.jdbc.sql("update ticket set updated_at = ? where id = ?")
			.params(old, Long.parseLong(closed.number()))
			.update();

		int forgotten = this.retention.forgetBefore(Instant.now().minus(Duration.ofDays(30)));

		assertThat(forgotten).isGreaterThanOrEqualTo(5);
		String oldTag = "retention-" + old.toEpochSecond();
		String recentTag = "retention-" + recent.toEpochSecond();
		assertThat(count("select count(*) from callback_request where sender = ?", oldTag)).isZero();
		assertThat(count("select count(*) from callback_request where sender = ?", recentTag)).isOne();
		assertThat(count("select count(*) from webchat_message where session_id = ?", oldTag)).isZero();
		assertThat(count("select count(*) from webchat_message where session_id = ?", recentTag)).isOne();
		assertThat(count("select count(*) from sms_inbound where message_sid = ?", "SM" + oldTag)).isZero();
		assertThat(count("select count(*) from sms_inbound where message_sid = ?", "SM" + recentTag)).isOne();
		assertThat(count("select count(*) from alert_retry where address = ?", oldTag)).isZero();
		assertThat(count("select count(*) from alert_retry where address = ?", recentTag)).isOne();
		Ticket kept = this.tickets.findByNumber(closed.number()).orElseThrow();
		assertThat(kept.sender()).isEqualTo("erased");
		assertThat(kept.address()).isEqualTo("12 Retention Rd");
		assertThat(this.retention.forgetBefore(Instant.now().minus(Duration.ofDays(30))))
			.as("a second sweep, as another instance's, finds nothing left to do")
			.isZero();
	}

	private int count(String sql, String value) {
		return this.jdbc.sql(sql).param(value).query(Integer.class).single();
	}

}
