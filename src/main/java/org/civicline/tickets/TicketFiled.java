package org.civicline.tickets;

/** A request was filed. */
public record TicketFiled(String number, String serviceCode, String department) {
}
