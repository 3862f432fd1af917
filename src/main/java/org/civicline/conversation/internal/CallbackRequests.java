package org.civicline.conversation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.conversation.CallbackRequest;
import org.civicline.conversation.CallbackRequest.Line;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.conversation.StaffReplied;
import org.civicline.conversation.StaffReplyUndelivered;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents who want a person. Asking for one puts the resident in staff's inbox, where
 * staff read the conversation so far and answer on the resident's own channel; "CALL ME"
 * adds a number to call (the sender's own on SMS). While a request is open, every line of
 * the conversation is added to it.
 */
@Component
class CallbackRequests {

	static final Pattern CALL_ME = Pattern
		.compile("(?is)^\\s*(call me|call back|callback|ll[aá]m[ae]me|ll[aá]menme|ll[aá]meme)(?![\\p{L}])(.*)$");

	private static final Pattern PHONE = Pattern.compile("(\\+?1?[\\s.-]?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4})");

	private static final int LONGEST_LINE = 4000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RecentLines recent;

	CallbackRequests(JdbcClient jdbc, ApplicationEventPublisher events, RecentLines recent) {
		this.events = events;
		this.jdbc = jdbc;
		this.recent = recent;
	}

	static boolean asks(String text) {
		return CALL_ME.matcher(text).matches();
	}

	/** "Talk to a person": staff are told, and can answer here. */
	Reply handOff(InboundMessage message, String text, Reply human) {
		long id = openOrFind(message, text);
		String told = Phrases.of(message.language(), "human.told", id);
		return new Reply(human.kind(), human.text() + told, human.shortText(), human.suggestions(), null,
				message.language());
	}

	/** "CALL ME", with a number and a time, or not. */
	Reply request(InboundMessage message, String text) {
		Matcher call = CALL_ME.matcher(text);
		String rest = call.matches() ? call.group(2).strip() : "";
		Matcher phone = PHONE.matcher(rest);
		boolean given = phone.find();
		Optional<String> number = given ? Optional.of(phone.group(1).strip())
				: "sms".equals(message.channel()) ? Optional.of(message.sender()) : Optional.empty();
		String preferred = given ? (rest.substring(0, phone.start()) + rest.substring(phone.end())).strip() : rest;
		long id = openOrFind(message, text);
		if (number.isEmpty()) {
			return reply(Phrases.of(message.language(), "callback.ask-number", id), message.language());
		}
		this.jdbc.sql("update callback_request set phone = ?, preferred = ? where id = ?")
			.params(number.get(), preferred.isBlank() ? null : preferred, id)
			.update();
		return reply(Phrases.of(message.language(), "callback.will-call", number.get(),
				preferred.isBlank() ? "" : " (" + preferred + ")", id), message.language());
	}

	/**
	 * Keeps the turn in the recent lines and, while the resident has an open request, in
	 * the request.
	 */
	void follow(InboundMessage message, Reply reply) {
		String said = (message.text() == null || message.text().isBlank())
				? "(sent " + message.attachments().size() + " photo(s))" : message.text();
		this.recent.add(message.conversationKey(), said, reply.text());
		openRequest(message).ifPresent((id) -> {
			addLine(id, "resident", said);
			addLine(id, "assistant", reply.text());
		});
	}

	/** Open requests, oldest first, each with its conversation so far. */
	List<CallbackRequest> open() {
		Map<Long, List<Line>> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				select l.request_id, l.author, l.text, l.at from callback_line l
				join callback_request r on r.id = l.request_id where r.handled_at is null order by l.id""")
			.query((rs) -> {
				lines.computeIfAbsent(rs.getLong("request_id"), (id) -> new ArrayList<>())
					.add(new Line(rs.getString("author"), rs.getString("text"),
							rs.getObject("at", OffsetDateTime.class).toString()));
			});
		return this.jdbc.sql("select * from callback_request where handled_at is null order by id")
			.query((rs, row) -> new CallbackRequest(rs.getLong("id"), rs.getString("channel"), rs.getString("phone"),
					rs.getString("preferred"), rs.getString("message"),
					rs.getObject("requested_at", OffsetDateTime.class).toString(),
					lines.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	@Transactional
	boolean answer(long id, String text, String staff) {
		if (text == null || text.isBlank() || text.length() > 1600) {
			throw new IllegalArgumentException("The answer must be 1 to 1,600 characters.");
		}
		return this.jdbc.sql("select channel, sender from callback_request where id = ? and handled_at is null")
			.param(id)
			.query((rs, row) -> new StaffReplied(rs.getString("channel"), rs.getString("sender"), text.strip(), staff,
					Instant.now()))
			.optional()
			.map((replied) -> {
				addLine(id, "staff", staff + ": " + replied.text());
				this.events.publishEvent(replied);
				return true;
			})
			.orElse(false);
	}

	/**
	 * Staff's answer never reached the resident: the request says so, for staff to see.
	 */
	@ApplicationModuleListener
	void on(StaffReplyUndelivered undelivered) {
		openRequest(new InboundMessage(undelivered.channel(), undelivered.sender(), "", "en"))
			.ifPresent((id) -> addLine(id, "notice", "Staff's answer was not delivered: " + undelivered.detail()));
	}

	@Transactional
	boolean close(long id, String staff) {
		return this.jdbc.sql("update callback_request set handled_at = ? where id = ? and handled_at is null")
			.params(OffsetDateTime.now(ZoneOffset.UTC), id)
			.update() == 1;
	}

	/**
	 * The resident's open request, or a new one that starts with the lines that led up to
	 * it; one open request per conversation however often they ask.
	 */
	private long openOrFind(InboundMessage message, String text) {
		Optional<Long> open = openRequest(message);
		if (open.isPresent()) {
			return open.get();
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into callback_request (channel, sender, message, requested_at) values (?, ?, ?, ?)""")
			.params(message.channel(), message.sender(), text, OffsetDateTime.now(ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (Line line : this.recent.of(message.conversationKey())) {
			addLine(id, line.author(), line.text());
		}
		return id;
	}

	private Optional<Long> openRequest(InboundMessage message) {
		return this.jdbc.sql("""
				select id from callback_request where channel = ? and sender = ? and handled_at is null
				order by id desc fetch first 1 rows only""")
			.params(message.channel(), message.sender())
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	private void addLine(long id, String author, String text) {
		this.jdbc.sql("insert into callback_line (request_id, at, author, text) values (?, ?, ?, ?)")
			.params(id, OffsetDateTime.now(ZoneOffset.UTC), author, LineText.cut(text, LONGEST_LINE))
			.update();
	}

	private static Reply reply(String text, String language) {
		return new Reply("human", text, text, List.of(), null, language);
	}

}
