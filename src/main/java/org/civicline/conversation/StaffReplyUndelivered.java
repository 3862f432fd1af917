package org.civicline.conversation;

import java.time.Instant;

/**
 * Staff's answer could not be delivered on the resident's channel, even after trying
 * again: staff see it in the resident's request.
 *
 * @param channel the resident's channel
 * @param sender the resident on it
 * @param detail why, as the provider said it
 * @param at when it was given up
 */
public record StaffReplyUndelivered(String channel, String sender, String detail, Instant at) {
}
