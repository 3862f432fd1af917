package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicline.conversation.ResidentDataExpired;
import org.civicline.emergency.AlertSubscriptions;
import org.civicline.tickets.Tickets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps residents' texts and addresses no longer than
 * {@code civicline.retention.resident-data} (90 days): call-back requests and their
 * lines, the learning queue's questions, SMS texts, web chat transcripts, queued alerts
 * and retries, and the reporter's contact on closed requests (the requests stay, as city
 * records). Every instance runs the sweep; it only deletes what is older than a cutoff,
 * so two instances sweeping at once delete the same rows once between them, and nothing
 * is half done.
 */
@Component
class ResidentDataRetention {

	private static final Logger log = LoggerFactory.getLogger(ResidentDataRetention.class);

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final AlertSubscriptions subscriptions;

	private final ApplicationEventPublisher events;

	private final Duration retention;

	private final Clock clock;

	@Autowired
	ResidentDataRetention(JdbcClient jdbc, Tickets tickets, AlertSubscriptions subscriptions,
			ApplicationEventPublisher events, @Value("${civicline.retention.resident-data:90d}") Duration retention) {
		this(jdbc, tickets, subscriptions, events, retention, Clock.systemUTC());
	}

	ResidentDataRetention(JdbcClient jdbc, Tickets tickets, AlertSubscriptions subscriptions,
			ApplicationEventPublisher events, Duration retention, Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.subscriptions = subscriptions;
		this.events = events;
		this.retention = retention;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${civicline.retention.sweep-interval:1h}", initialDelayString = "5m")
	void sweep() {
		forgetBefore(this.clock.instant().minus(this.retention));
	}

	@Transactional
	int forgetBefore(Instant cutoff) {
		var at = cutoff.atOffset(ZoneOffset.UTC);
		int forgotten = this.jdbc.sql("""
				delete from callback_line where request_id in
				    (select id from callback_request where requested_at < ?)""").param(at).update();
		forgotten += this.jdbc.sql("delete from callback_request where requested_at < ?").param(at).update();
		forgotten += this.jdbc.sql("delete from learning_item where received_at < ?").param(at).update();
		forgotten += this.tickets.forgetReportersBefore(cutoff);
		forgotten += this.subscriptions.forgetDeliveriesBefore(cutoff);
		ResidentDataExpired expired = new ResidentDataExpired(cutoff, new AtomicInteger());
		this.events.publishEvent(expired);
		forgotten += expired.forgotten().get();
		if (forgotten > 0) {
			log.info("Retention: {} rows of residents' data from before {} deleted or cleared", forgotten, cutoff);
		}
		return forgotten;
	}

}
