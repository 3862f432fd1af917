package org.civicline.tickets;

import java.util.Map;

/** What a resident asks to file. Where may be an address or coordinates or both. */
public record NewTicket(String serviceCode, String description, String address, Double latitude, Double longitude,
		Map<String, String> attributes, String channel, String sender, String mediaUrl, String language) {

	public NewTicket {
		attributes = Map.copyOf(attributes);
		language = (language != null) ? language : "en";
	}

	public NewTicket(String serviceCode, String description, String address, Double latitude, Double longitude,
			Map<String, String> attributes, String channel, String sender, String mediaUrl) {
		this(serviceCode, description, address, latitude, longitude, attributes, channel, sender, mediaUrl, "en");
	}

}
