package org.civicline.tickets;

/** A request's status changed: the channel it was filed on tells the resident. */
public record TicketStatusChanged(String number, String serviceCode, String status, String note, String channel,
		String sender) {
}
