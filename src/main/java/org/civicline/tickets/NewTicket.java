package org.civicline.tickets;

import java.util.Map;

/** What a resident asks to file. Where may be an address or coordinates or both. */
public record NewTicket(String serviceCode, String description, String address, Double latitude, Double longitude,
		Map<String, String> attributes, String channel, String sender, String mediaUrl) {

	public NewTicket {
		attributes = Map.copyOf(attributes);
	}

}
