package org.civicline.webchat;

import java.time.Instant;

/**
 * A resident rated an FAQ answer in the web chat.
 *
 * @param question what the resident had asked (their line before the answer)
 * @param faqId the entry that answered
 * @param helpful thumbs up or down
 * @param at when
 */
public record AnswerRated(String question, String faqId, boolean helpful, Instant at) {
}
