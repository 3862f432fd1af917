package org.civicline.conversation;

import java.util.List;

/**
 * A resident waiting for a person: one who asked to talk to staff, or to be called back.
 *
 * @param id the request's number
 * @param channel where they asked
 * @param phone the number to call, or {@code null} when they left none (staff answer on
 * their channel)
 * @param preferred when they would like the call, in their words, or {@code null}
 * @param message what they wrote when they asked
 * @param requestedAt when they asked (ISO 8601)
 * @param conversation the conversation so far, oldest line first: the few lines before
 * the request and every line since
 */
public record CallbackRequest(long id, String channel, String phone, String preferred, String message,
		String requestedAt, List<Line> conversation) {

	public CallbackRequest {
		conversation = List.copyOf(conversation);
	}

	/**
	 * One line of the conversation.
	 *
	 * @param author {@code resident}, {@code assistant}, {@code staff}, or {@code notice}
	 * (staff's answer could not be delivered)
	 * @param text what was said
	 * @param at when (ISO 8601)
	 */
	public record Line(String author, String text, String at) {
	}

}
