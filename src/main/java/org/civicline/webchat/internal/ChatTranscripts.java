package org.civicline.webchat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Web chat transcripts in the database, so every instance and every tab sees the same.
 */
@Repository
class ChatTranscripts {

	private static final int MAX_BODY = 8000;

	private final JdbcClient jdbc;

	ChatTranscripts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ChatMessage append(String session, String author, String text, String kind, String faq, List<String> suggestions) {
		Instant now = Instant.now();
		String body = (text.length() > MAX_BODY) ? text.substring(0, MAX_BODY) : text;
		// Quick replies are short single lines; a newline cannot occur inside one.
		String joined = suggestions.isEmpty() ? null : String.join("\n", suggestions);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into webchat_message (session_id, author, body, kind, faq_id, suggestions, created_at)
				values (:session, :author, :body, :kind, :faq, :suggestions, :now)
				""")
			.param("session", session)
			.param("author", author)
			.param("body", body)
			.param("kind", kind)
			.param("faq", faq)
			.param("suggestions", joined)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		return new ChatMessage(id, author, body, kind, faq, suggestions, null, now);
	}

	/** The session's latest {@code limit} lines after {@code afterId}, oldest first. */
	List<ChatMessage> history(String session, long afterId, int limit) {
		List<ChatMessage> newestFirst = this.jdbc.sql("""
				select * from webchat_message where session_id = :session and id > :after
				order by id desc fetch first :limit rows only
				""").param("session", session).param("after", afterId).param("limit", limit).query(this::read).list();
		List<ChatMessage> oldestFirst = new ArrayList<>(newestFirst);
		java.util.Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/**
	 * Lines said since {@code since} in any of these sessions, for their open streams.
	 */
	List<Line> recent(Collection<String> sessions, Instant since) {
		if (sessions.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from webchat_message where session_id in (:sessions) and created_at >= :since order by id
				""")
			.param("sessions", sessions)
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query((rs, row) -> new Line(rs.getString("session_id"), read(rs, row)))
			.list();
	}

	/**
	 * Records a resident's thumbs up or down on one of the city's answers in their own
	 * session; false when there is no such answer there.
	 */
	boolean rate(String session, long messageId, boolean helpful) {
		return this.jdbc.sql("""
				update webchat_message set feedback = :feedback, feedback_at = :now
				where id = :id and session_id = :session and author = 'city'
				""")
			.param("feedback", helpful ? "helpful" : "unhelpful")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", messageId)
			.param("session", session)
			.update() == 1;
	}

	/** The answer with that id in the session and the resident's line just before it. */
	java.util.Optional<Rated> rated(String session, long messageId) {
		return this.jdbc.sql("""
				select a.faq_id, (select q.body from webchat_message q where q.session_id = a.session_id
				    and q.author = 'resident' and q.id < a.id order by q.id desc fetch first 1 rows only) as question
				from webchat_message a where a.id = :id and a.session_id = :session
				""")
			.param("id", messageId)
			.param("session", session)
			.query((rs, row) -> new Rated(rs.getString("question"), rs.getString("faq_id")))
			.optional();
	}

	record Rated(String question, String faqId) {
	}

	private ChatMessage read(ResultSet rs, int row) throws SQLException {
		String suggestions = rs.getString("suggestions");
		return new ChatMessage(rs.getLong("id"), rs.getString("author"), rs.getString("body"), rs.getString("kind"),
				rs.getString("faq_id"), (suggestions == null) ? List.of() : Arrays.asList(suggestions.split("\n")),
				rs.getString("feedback"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	record Line(String session, ChatMessage message) {
	}

}
