package org.civicline.conversation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The routing policy's thresholds.
 *
 * @param maxTextLength longest message read, in characters; longer ones are refused
 * politely
 * @param answerConfidence FAQ confidence from which the first entry is answered outright
 * @param clarifyConfidence FAQ confidence from which the resident is asked which entry
 * they meant; below it the engine says it does not know
 * @param answerGap how far the first entry must stand ahead of the second to be answered
 * without asking
 * @param statementReportProbability report probability from which a message that is not a
 * question stays a report however well the FAQ seems to match it
 */
@ConfigurationProperties("civicline.conversation")
record ConversationProperties(@DefaultValue("2000") int maxTextLength, @DefaultValue("0.5") double answerConfidence,
		@DefaultValue("0.2") double clarifyConfidence, @DefaultValue("0.15") double answerGap,
		@DefaultValue("classpath:intents/") String intents, @DefaultValue("0.5") double safetyProbability,
		@DefaultValue("0.6") double faqProbability, @DefaultValue("0.45") double reportProbability,
		@DefaultValue("0.65") double faqOverrideConfidence, @DefaultValue("0.4") double statementReportProbability,
		@DefaultValue("30m") Duration reportLifetime) {
}
