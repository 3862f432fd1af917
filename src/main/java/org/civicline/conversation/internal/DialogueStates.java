package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Each resident's open exchange with the engine: the entries offered in a "did you mean"
 * that the next message may pick from, and a report in progress.
 */
@Component
class DialogueStates {

	private static final Duration OFFER_LIFETIME = Duration.ofMinutes(30);

	private final ConversationMemory<List<String>> offers;

	private final ConversationMemory<ReportDraft> reports;

	@Autowired
	DialogueStates(ConversationProperties properties) {
		this(Clock.systemUTC(), properties.reportLifetime());
	}

	DialogueStates(Clock clock, Duration reportLifetime) {
		this.offers = new ConversationMemory<>(clock, OFFER_LIFETIME);
		this.reports = new ConversationMemory<>(clock, reportLifetime);
	}

	void offer(String conversation, List<String> faqIds) {
		this.offers.keep(conversation, List.copyOf(faqIds));
	}

	/**
	 * The entries last offered to this resident, if the offer is still fresh; the offer
	 * is used up.
	 */
	Optional<List<String>> takeOffer(String conversation) {
		return this.offers.take(conversation);
	}

	void keepReport(String conversation, ReportDraft draft) {
		this.reports.keep(conversation, draft);
	}

	Optional<ReportDraft> report(String conversation) {
		return this.reports.get(conversation);
	}

	void dropReport(String conversation) {
		this.reports.forget(conversation);
	}

}
