package org.civicline.conversation;

import java.time.Instant;

/**
 * A staff member answered a resident who asked for a person; the channel the resident
 * used delivers it.
 *
 * @param channel the resident's channel ({@code sms}, {@code web}, {@code telegram},
 * {@code discord})
 * @param sender the resident on that channel (number, session, chat or user id)
 * @param text what staff wrote
 * @param staff who wrote it
 * @param at when
 */
public record StaffReplied(String channel, String sender, String text, String staff, Instant at) {
}
