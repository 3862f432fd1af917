package org.civicline.conversation.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.civicline.conversation.ConversationStatistics;
import org.civicline.conversation.ConversationStatistics.DayCount;
import org.civicline.conversation.ConversationStatistics.KindCount;
import org.civicline.conversation.ConversationStatistics.TopicCount;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts every handled message by channel and reply kind: in the store for the staff
 * dashboard, and as metrics ({@code civicline.messages},
 * {@code civicline.message.latency}) for operations.
 */
@Repository
class TurnLog {

	private final JdbcClient jdbc;

	private final MeterRegistry meters;

	TurnLog(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.meters = meters;
	}

	void record(InboundMessage message, Reply reply, long nanos) {
		this.meters.counter("civicline.messages", "channel", message.channel(), "kind", reply.kind()).increment();
		Timer.builder("civicline.message.latency")
			.tag("channel", message.channel())
			.publishPercentileHistogram()
			.register(this.meters)
			.record(nanos, TimeUnit.NANOSECONDS);
		this.jdbc.sql("insert into conversation_turn (at, channel, kind, faq_id) values (?, ?, ?, ?)")
			.params(OffsetDateTime.now(ZoneOffset.UTC), message.channel(), reply.kind(), reply.faqId())
			.update();
	}

	ConversationStatistics statistics(Duration period) {
		OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minus(period);
		var perDay = this.jdbc.sql("""
				select cast(at as date) as turn_day, channel, count(*) as n from conversation_turn where at >= ?
				group by cast(at as date), channel order by turn_day, channel
				""")
			.param(since)
			.query((rs, row) -> new DayCount(rs.getObject("turn_day", LocalDate.class), rs.getString("channel"),
					rs.getLong("n")))
			.list();
		var perKind = this.jdbc
			.sql("select kind, count(*) as n from conversation_turn where at >= ? group by kind order by n desc")
			.param(since)
			.query((rs, row) -> new KindCount(rs.getString("kind"), rs.getLong("n")))
			.list();
		var topics = this.jdbc.sql("""
				select faq_id, count(*) as n from conversation_turn where at >= ? and faq_id is not null
				group by faq_id order by n desc fetch first 10 rows only
				""").param(since).query((rs, row) -> new TopicCount(rs.getString("faq_id"), rs.getLong("n"))).list();
		return new ConversationStatistics(perDay, perKind, topics);
	}

}
