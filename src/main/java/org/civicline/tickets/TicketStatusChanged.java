package org.civicline.tickets;

/**
 * A request's status changed: the channel it was filed on tells the resident, in the
 * language they filed in.
 */
public record TicketStatusChanged(String number, String serviceCode, String status, String note, String channel,
		String sender, String language) {

	public TicketStatusChanged(String number, String serviceCode, String status, String note, String channel,
			String sender) {
		this(number, serviceCode, status, note, channel, sender, "en");
	}

	public boolean spanish() {
		return "es".equals(this.language);
	}

}
