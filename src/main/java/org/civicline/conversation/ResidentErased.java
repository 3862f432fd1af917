package org.civicline.conversation;

/**
 * A resident's data is being erased: every module deletes what it keeps about this
 * channel address, in the same transaction (listeners run synchronously), so an erasure
 * is done whole or not at all.
 *
 * @param channel {@code web}, {@code sms}, {@code telegram}, {@code discord}
 * @param sender the address on that channel (a session id, a phone number, a chat id)
 * @param erased each listener adds how many rows it deleted or cleared
 */
public record ResidentErased(String channel, String sender, java.util.concurrent.atomic.AtomicInteger erased) {
}
