package org.civicline.conversation;

/**
 * A message as a channel adapter hands it to the engine.
 *
 * @param channel where it came from ({@code web}, {@code sms}, {@code telegram},
 * {@code discord})
 * @param sender who sent it, unique within the channel (a session id, a phone number, a
 * chat id)
 * @param text what the resident wrote
 * @param language the language the resident uses, {@code en} by default
 */
public record InboundMessage(String channel, String sender, String text, String language) {

	public String conversationKey() {
		return this.channel + ":" + this.sender;
	}

}
