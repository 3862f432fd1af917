package org.civicline.conversation.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.tickets.ServiceCatalog;
import org.civicline.tickets.ServiceDefinition;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.Tickets;

import org.springframework.stereotype.Component;

/**
 * "status 1042", "what's happening with my report?": a resident's own requests by sender,
 * any request by number. Someone else's request shows only its type, status and date,
 * never the words or place its filer gave.
 */
@Component
class StatusReplies {

	private static final Pattern NUMBER = Pattern.compile("(?:#|\\b)(\\d{3,12})\\b");

	private final Tickets tickets;

	private final ServiceCatalog catalog;

	StatusReplies(Tickets tickets, ServiceCatalog catalog) {
		this.tickets = tickets;
		this.catalog = catalog;
	}

	/**
	 * A status question is recognised by a request number after a status word, whatever
	 * the classifier says.
	 */
	static boolean asksByNumber(String text) {
		return text.matches("(?is)\\s*(status|estado|estatus|check|track|update on|request|ticket|solicitud|reporte|"
				+ "folio|#)\\W*#?\\s*\\d{3,12}\\W*");
	}

	Reply reply(InboundMessage message, String text) {
		String language = message.language();
		Matcher number = NUMBER.matcher(text);
		if (number.find()) {
			Optional<Ticket> ticket = this.tickets.findByNumber(number.group(1));
			if (ticket.isEmpty()) {
				return reply(Phrases.of(language, "status.not-found", number.group(1)), language);
			}
			boolean own = ticket.get().channel().equals(message.channel())
					&& ticket.get().sender().equals(message.sender());
			return reply(own ? describe(ticket.get(), language) : describeBriefly(ticket.get(), language), language);
		}
		List<Ticket> own = this.tickets.findBySender(message.channel(), message.sender(), 3);
		if (own.isEmpty()) {
			return reply(Phrases.of(language, "status.none"), language);
		}
		StringBuilder listed = new StringBuilder(
				Phrases.of(language, (own.size() == 1) ? "status.yours" : "status.yours-latest"));
		own.forEach((ticket) -> listed.append("\n- ").append(describe(ticket, language)));
		return reply(listed.toString(), language);
	}

	private String describe(Ticket ticket, String language) {
		String where = (ticket.address() != null) ? Phrases.of(language, "status.at", ticket.address()) : "";
		String note = (ticket.statusNote() != null) ? Phrases.of(language, "status.note", ticket.statusNote()) : "";
		return Phrases.of(language, "status.full", ticket.number(), name(ticket, language), where,
				status(ticket, language), ticket.department(), day(ticket.filedAt(), language), note);
	}

	private String describeBriefly(Ticket ticket, String language) {
		return Phrases.of(language, "status.brief", ticket.number(), name(ticket, language), status(ticket, language),
				day(ticket.updatedAt(), language));
	}

	private String name(Ticket ticket, String language) {
		return this.catalog.find(ticket.serviceCode())
			.map((service) -> service.name(language))
			.orElse(ticket.serviceCode());
	}

	private static String status(Ticket ticket, String language) {
		return switch (ticket.status()) {
			case "open" -> Phrases.of(language, "status.open");
			case "closed" -> Phrases.of(language, "status.closed");
			default -> ticket.status().toUpperCase(Locale.ROOT);
		};
	}

	private static String day(java.time.Instant at, String language) {
		return DateTimeFormatter.ofPattern(Phrases.of(language, "status.date-pattern"), Locale.forLanguageTag(language))
			.withZone(ZoneOffset.UTC)
			.format(at);
	}

	private static Reply reply(String text, String language) {
		return new Reply("status", text, text, List.of(), null, language);
	}

}
