package org.civicline.tickets.internal;

import java.util.Map;

import org.civicline.tickets.InvalidTicket;
import org.civicline.tickets.NewTicket;
import org.civicline.tickets.ServiceDefinition;

/** What a request must hold before it is filed; every refusal says what to change. */
final class TicketRules {

	private TicketRules() {
	}

	static void check(ServiceDefinition service, NewTicket ticket) {
		if (ticket.description() == null || ticket.description().isBlank()) {
			throw new InvalidTicket("A request needs a description of the problem.");
		}
		if (ticket.description().length() > JdbcTickets.MAX_DESCRIPTION) {
			throw new InvalidTicket("The description is too long (%,d characters); keep it under %,d."
				.formatted(ticket.description().length(), JdbcTickets.MAX_DESCRIPTION));
		}
		boolean hasAddress = ticket.address() != null && !ticket.address().isBlank();
		boolean hasPoint = ticket.latitude() != null && ticket.longitude() != null;
		if (!hasAddress && !hasPoint) {
			throw new InvalidTicket("A request needs a location: an address or latitude and longitude.");
		}
		if (hasPoint && (Math.abs(ticket.latitude()) > 90 || Math.abs(ticket.longitude()) > 180)) {
			throw new InvalidTicket("Latitude must be within -90..90 and longitude within -180..180.");
		}
		if (hasAddress && ticket.address().length() > 300) {
			throw new InvalidTicket("The address is too long; keep it under 300 characters.");
		}
		Map<String, String> given = ticket.attributes();
		for (ServiceDefinition.Attribute attribute : service.attributes()) {
			String value = given.get(attribute.code());
			if (attribute.required() && (value == null || value.isBlank())) {
				throw new InvalidTicket(
						"A " + service.name().toLowerCase() + " request needs " + attribute.code() + ".");
			}
			if (value != null && !attribute.values().isEmpty() && !attribute.values().contains(value)) {
				throw new InvalidTicket(attribute.code() + " must be one of " + attribute.values() + ".");
			}
		}
		for (String code : given.keySet()) {
			if (service.attributes().stream().noneMatch((attribute) -> attribute.code().equals(code))) {
				throw new InvalidTicket("A " + service.name().toLowerCase() + " request has no detail " + code + ".");
			}
		}
	}

}
