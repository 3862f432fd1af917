package org.civicline.conversation.internal;

import org.civicline.faq.FaqMatches;

import org.springframework.stereotype.Component;

/**
 * Decides, from what the FAQ search found, whether to answer, to ask which of two entries
 * the resident meant, or to admit that the FAQ has no answer. A wrong answer from a city
 * is worse than "I don't know", so answering needs both confidence and a clear lead.
 */
@Component
class FaqAnswerPolicy {

	private final ConversationProperties properties;

	FaqAnswerPolicy(ConversationProperties properties) {
		this.properties = properties;
	}

	Decision decide(FaqMatches matches) {
		if (matches.hits().isEmpty() || matches.confidence() < this.properties.clarifyConfidence()) {
			return Decision.UNKNOWN;
		}
		boolean clearLead = matches.hits().size() == 1 || matches.gap() >= this.properties.answerGap();
		if (matches.confidence() >= this.properties.answerConfidence() && clearLead) {
			return Decision.ANSWER;
		}
		return Decision.CLARIFY;
	}

	enum Decision {

		ANSWER, CLARIFY, UNKNOWN

	}

}
