package org.civicline.conversation.internal;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.civicline.conversation.InboundMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps one sender's flood from taking the line from everyone else: past the channel's
 * limit, the first message over it is answered once, politely, and the rest are dropped
 * unanswered (and counted) until the window moves on. Each message is a row in the store
 * every instance shares, its sender hashed.
 */
@Component
class FloodGuard {

	enum Verdict {

		/** Within the limit: the message is read. */
		READ,
		/** The first message over the limit: told to slow down. */
		SLOW_DOWN,
		/** Past that: dropped without a reply. */
		DROP

	}

	private final JdbcClient jdbc;

	private final FloodProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	@Autowired
	FloodGuard(JdbcClient jdbc, FloodProperties properties, MeterRegistry meters) {
		this(jdbc, properties, meters, Clock.systemUTC());
	}

	FloodGuard(JdbcClient jdbc, FloodProperties properties, MeterRegistry meters, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
	}

	Verdict take(InboundMessage message) {
		Integer limit = this.properties.limits().get(message.channel());
		if (limit == null) {
			return Verdict.READ;
		}
		long now = this.clock.millis();
		String key = message.channel() + ":" + AddressHash.of(message.sender());
		int before = this.jdbc.sql("select count(*) from sender_message where sender_key = ? and sent_at > ?")
			.params(key, now - this.properties.window().toMillis())
			.query(Integer.class)
			.single();
		this.jdbc.sql("insert into sender_message (sender_key, sent_at) values (?, ?)").params(key, now).update();
		if (before < limit) {
			return Verdict.READ;
		}
		Counter.builder("civicline.flood.dropped")
			.description("Messages past a sender's limit, answered once and then dropped")
			.tag("channel", message.channel())
			.register(this.meters)
			.increment();
		return (before == limit) ? Verdict.SLOW_DOWN : Verdict.DROP;
	}

	@Scheduled(fixedDelayString = "${civicline.conversation.flood.sweep-interval:60s}")
	void forgetQuietSenders() {
		this.jdbc.sql("delete from sender_message where sent_at <= ?")
			.param(this.clock.millis() - this.properties.window().toMillis())
			.update();
	}

}
