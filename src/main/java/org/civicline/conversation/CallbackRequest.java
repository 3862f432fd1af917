package org.civicline.conversation;

/**
 * A resident who asked a person to call them back.
 *
 * @param id the request's number
 * @param channel where they asked
 * @param phone the number to call
 * @param preferred when they would like the call, in their words, or {@code null}
 * @param message what they wrote
 * @param requestedAt when they asked (ISO 8601)
 */
public record CallbackRequest(long id, String channel, String phone, String preferred, String message,
		String requestedAt) {
}
