package org.civicline.conversation;

import java.util.List;

/**
 * A message as a channel adapter hands it to the engine.
 *
 * @param channel where it came from ({@code web}, {@code sms}, {@code telegram},
 * {@code discord})
 * @param sender who sent it, unique within the channel (a session id, a phone number, a
 * chat id)
 * @param text what the resident wrote
 * @param language the language the resident uses, {@code en} by default
 * @param location where the resident is, when the channel sent coordinates (a shared
 * location), else {@code null}
 * @param attachments where the photos sent with the message can be fetched (MMS media
 * URLs), often none
 */
public record InboundMessage(String channel, String sender, String text, String language, Coordinates location,
		List<String> attachments) {

	public InboundMessage {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	public InboundMessage(String channel, String sender, String text, String language, Coordinates location) {
		this(channel, sender, text, language, location, List.of());
	}

	public InboundMessage(String channel, String sender, String text, String language) {
		this(channel, sender, text, language, null);
	}

	/** A point in WGS 84 degrees. */
	public record Coordinates(double latitude, double longitude) {

		public Coordinates {
			if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
				throw new IllegalArgumentException("Coordinates out of range: " + latitude + ", " + longitude);
			}
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "%.5f, %.5f", this.latitude, this.longitude);
		}

	}

	/** The same message, to be read and answered in {@code language}. */
	public InboundMessage in(String language) {
		return new InboundMessage(this.channel, this.sender, this.text, language, this.location, this.attachments);
	}

	public String conversationKey() {
		return this.channel + ":" + this.sender;
	}

}
