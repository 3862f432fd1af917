package org.civicline.tickets;

import java.time.Instant;
import java.util.Map;

/**
 * A filed service request.
 *
 * @param number the short number residents quote ("1042")
 * @param serviceCode what it is about
 * @param status {@code open} or {@code closed}
 * @param statusNote what staff last said about it, or {@code null}
 * @param description the resident's words
 * @param address where, as read back to the resident
 * @param latitude where, when a channel sent coordinates, else {@code null}
 * @param longitude see latitude
 * @param attributes the service's details, by attribute code
 * @param department who handles it
 * @param channel the channel it was filed on
 * @param sender who filed it on that channel
 * @param mediaUrl a photo sent with it, or {@code null}
 * @param filedAt when it was filed
 * @param updatedAt when it last changed
 * @param language the language the resident filed in ({@code en}, {@code es})
 */
public record Ticket(String number, String serviceCode, String status, String statusNote, String description,
		String address, Double latitude, Double longitude, Map<String, String> attributes, String department,
		String channel, String sender, String mediaUrl, Instant filedAt, Instant updatedAt, String language) {

	public Ticket {
		attributes = Map.copyOf(attributes);
		language = (language != null) ? language : "en";
	}

	public Ticket(String number, String serviceCode, String status, String statusNote, String description,
			String address, Double latitude, Double longitude, Map<String, String> attributes, String department,
			String channel, String sender, String mediaUrl, Instant filedAt, Instant updatedAt) {
		this(number, serviceCode, status, statusNote, description, address, latitude, longitude, attributes, department,
				channel, sender, mediaUrl, filedAt, updatedAt, "en");
	}

}
