package org.civicline.conversation.internal;

import java.time.Instant;
import java.util.Set;

import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.QuestionUnanswered;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces the questions the engine could not answer, for staff to teach it. On by
 * default ({@code civicline.conversation.learning-loop}).
 */
@Component
class UnansweredQuestions {

	private static final Set<String> UNANSWERED = Set.of("unknown", "clarify");

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final boolean enabled;

	UnansweredQuestions(ApplicationEventPublisher events, TransactionTemplate transactions,
			@Value("${civicline.conversation.learning-loop:true}") boolean enabled) {
		this.events = events;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	void note(InboundMessage message, String kind) {
		if (!this.enabled || !UNANSWERED.contains(kind) || message.text() == null || message.text().isBlank()) {
			return;
		}
		// Published in a transaction so that the event publication registry keeps it
		// until the queue has it, even across a crash.
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new QuestionUnanswered(message.channel(), message.text(), kind, Instant.now())));
	}

}
