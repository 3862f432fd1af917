package org.civicline.conversation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.conversation.CallbackRequest;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.conversation.StaffReplied;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "CALL ME": a resident who wants a person asks to be called back, and staff see the
 * request. The number is taken from the message, or is the sender's own on SMS.
 */
@Component
class CallbackRequests {

	static final Pattern CALL_ME = Pattern.compile("(?is)^\\s*(call me|call back|callback|ll[aá]m[ae]me)\\b(.*)$");

	private static final Pattern PHONE = Pattern.compile("(\\+?1?[\\s.-]?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4})");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CallbackRequests(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
	}

	static boolean asks(String text) {
		return CALL_ME.matcher(text).matches();
	}

	Reply request(InboundMessage message, String text) {
		Matcher call = CALL_ME.matcher(text);
		String rest = call.matches() ? call.group(2).strip() : "";
		Matcher phone = PHONE.matcher(rest);
		boolean given = phone.find();
		Optional<String> number = given ? Optional.of(phone.group(1).strip())
				: "sms".equals(message.channel()) ? Optional.of(message.sender()) : Optional.empty();
		String preferred = given ? (rest.substring(0, phone.start()) + rest.substring(phone.end())).strip() : rest;
		if (number.isEmpty()) {
			return reply("Sure. Reply CALL ME with your phone number and the best time, for example: "
					+ "CALL ME 555-013-4477 weekday mornings.");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into callback_request (channel, sender, phone, preferred, message, requested_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(message.channel(), message.sender(), number.get(), preferred.isBlank() ? null : preferred, text,
					OffsetDateTime.now(ZoneOffset.UTC))
			.update(key, "id");
		return reply("Thanks. 311 staff will call you at " + number.get()
				+ (preferred.isBlank() ? "" : " (" + preferred + ")") + " during opening hours. Your call-back "
				+ "request is #" + key.getKeyAs(Number.class).longValue() + ".");
	}

	/** Open call-back requests, oldest first, for staff. */
	List<CallbackRequest> open() {
		return this.jdbc.sql("select * from callback_request where handled_at is null order by id")
			.query((rs, row) -> new CallbackRequest(rs.getLong("id"), rs.getString("channel"), rs.getString("phone"),
					rs.getString("preferred"), rs.getString("message"),
					rs.getObject("requested_at", OffsetDateTime.class).toString()))
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
				this.events.publishEvent(replied);
				return true;
			})
			.orElse(false);
	}

	@Transactional
	boolean close(long id, String staff) {
		return this.jdbc.sql("update callback_request set handled_at = ? where id = ? and handled_at is null")
			.params(OffsetDateTime.now(ZoneOffset.UTC), id)
			.update() == 1;
	}

	private static Reply reply(String text) {
		return new Reply("human", text, text, List.of(), null);
	}

}
