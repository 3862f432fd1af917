package org.civicline.console.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.civicline.conversation.QuestionUnanswered;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqSearch;
import org.civicline.webchat.AnswerRated;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What residents asked that the FAQ did not answer well: questions answered with low
 * confidence or not at all, and answers marked unhelpful. Staff turn each into an
 * alternate question of an entry, a new entry, or dismiss it.
 */
@Component
class LearningQueue {

	private final JdbcClient jdbc;

	private final FaqSearch faq;

	LearningQueue(JdbcClient jdbc, FaqSearch faq) {
		this.jdbc = jdbc;
		this.faq = faq;
	}

	@ApplicationModuleListener
	void on(QuestionUnanswered unanswered) {
		add(unanswered.text(), unanswered.channel(),
				"clarify".equals(unanswered.kind()) ? "low-confidence" : "unanswered", closest(unanswered.text()),
				unanswered.at());
	}

	@ApplicationModuleListener
	void on(AnswerRated rated) {
		if (!rated.helpful() && rated.question() != null) {
			add(rated.question(), "web", "thumbs-down", rated.faqId(), rated.at());
		}
	}

	/**
	 * The entry that came closest, looked up here, after the reply went out, rather than
	 * on the resident's request.
	 */
	private String closest(String text) {
		List<FaqHit> hits = this.faq.search(text).hits();
		return hits.isEmpty() ? null : hits.get(0).id();
	}

	private void add(String text, String channel, String reason, String faqId, Instant at) {
		String masked = PersonalDetails.mask(text.strip());
		this.jdbc.sql("""
				insert into learning_item (question, channel, reason, faq_id, received_at)
				values (:question, :channel, :reason, :faq, :at)
				""")
			.param("question", (masked.length() > 2000) ? masked.substring(0, 2000) : masked)
			.param("channel", channel)
			.param("reason", reason)
			.param("faq", faqId)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	List<Item> open(int max) {
		return this.jdbc
			.sql("select * from learning_item where resolved_at is null order by id desc fetch first :max rows only")
			.param("max", max)
			.query((rs, row) -> new Item(rs.getLong("id"), rs.getString("question"), rs.getString("channel"),
					rs.getString("reason"), rs.getString("faq_id"),
					rs.getObject("received_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	Optional<Item> find(long id) {
		return this.jdbc.sql("select * from learning_item where id = ? and resolved_at is null")
			.param(id)
			.query((rs, row) -> new Item(rs.getLong("id"), rs.getString("question"), rs.getString("channel"),
					rs.getString("reason"), rs.getString("faq_id"),
					rs.getObject("received_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	boolean resolve(long id, String actor, String resolution) {
		return this.jdbc.sql("""
				update learning_item set resolved_at = :now, resolved_by = :actor, resolution = :resolution
				where id = :id and resolved_at is null
				""")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("actor", actor)
			.param("resolution", resolution)
			.param("id", id)
			.update() == 1;
	}

	/** The questions asked most often among those not answered well. */
	List<QuestionCount> topQuestions(java.time.Duration period, int max) {
		return this.jdbc.sql("""
				select lower(question) as q, count(*) as n from learning_item where received_at >= :since
				group by lower(question) order by n desc fetch first :max rows only
				""")
			.param("since", OffsetDateTime.now(ZoneOffset.UTC).minus(period))
			.param("max", max)
			.query((rs, row) -> new QuestionCount(rs.getString("q"), rs.getLong("n")))
			.list();
	}

	record QuestionCount(String question, long count) {
	}

	record Item(long id, String question, String channel, String reason, String faqId, Instant receivedAt) {
	}

}
