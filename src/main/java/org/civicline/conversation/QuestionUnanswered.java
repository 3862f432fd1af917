package org.civicline.conversation;

import java.time.Instant;

/**
 * A resident's question the FAQ could not answer with confidence: said "I don't know", or
 * asked "did you mean". Staff's learning queue collects these.
 *
 * @param channel where it was asked
 * @param text the resident's words, as sent
 * @param kind {@code unknown} or {@code clarify}
 * @param at when it was asked
 */
public record QuestionUnanswered(String channel, String text, String kind, Instant at) {
}
