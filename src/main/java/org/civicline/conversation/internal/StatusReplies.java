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

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

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
		return text.matches("(?is)\\s*(status|estado|check|track|update on|request|ticket|#)\\W*#?\\s*\\d{3,12}\\W*");
	}

	Reply reply(InboundMessage message, String text) {
		Matcher number = NUMBER.matcher(text);
		if (number.find()) {
			Optional<Ticket> ticket = this.tickets.findByNumber(number.group(1));
			if (ticket.isEmpty()) {
				return reply("I can't find request #" + number.group(1) + ". Please check the number.");
			}
			boolean own = ticket.get().channel().equals(message.channel())
					&& ticket.get().sender().equals(message.sender());
			return reply(own ? describe(ticket.get()) : describeBriefly(ticket.get()));
		}
		List<Ticket> own = this.tickets.findBySender(message.channel(), message.sender(), 3);
		if (own.isEmpty()) {
			return reply("I can't find any request from you here. If you have a request number, send \"status\" "
					+ "and the number.");
		}
		StringBuilder text2 = new StringBuilder(own.size() == 1 ? "Your request:" : "Your latest requests:");
		own.forEach((ticket) -> text2.append("\n- ").append(describe(ticket)));
		return reply(text2.toString());
	}

	private String describe(Ticket ticket) {
		String where = (ticket.address() != null) ? " at " + ticket.address() : "";
		String note = (ticket.statusNote() != null) ? " Note: " + ticket.statusNote() : "";
		return "#" + ticket.number() + " " + name(ticket) + where + ": " + ticket.status().toUpperCase(Locale.ROOT)
				+ " (" + ticket.department() + ", filed " + DAY.format(ticket.filedAt()) + ")." + note;
	}

	private String describeBriefly(Ticket ticket) {
		return "#" + ticket.number() + " " + name(ticket) + ": " + ticket.status().toUpperCase(Locale.ROOT)
				+ " (last updated " + DAY.format(ticket.updatedAt()) + ").";
	}

	private String name(Ticket ticket) {
		return this.catalog.find(ticket.serviceCode()).map(ServiceDefinition::name).orElse(ticket.serviceCode());
	}

	private static Reply reply(String text) {
		return new Reply("status", text, text, List.of(), null);
	}

}
