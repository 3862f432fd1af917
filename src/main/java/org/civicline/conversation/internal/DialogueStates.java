package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Each resident's open question to the engine, keyed by channel and sender: for now, the
 * entries offered in a "did you mean" that the next message may pick from. Bounded and
 * short-lived, so a flood of senders cannot exhaust memory and an old offer does not
 * capture a new question.
 */
@Component
class DialogueStates {

	private static final int MAX_CONVERSATIONS = 50_000;

	private static final Duration OFFER_LIFETIME = Duration.ofMinutes(30);

	private final Clock clock;

	private final Map<String, Offer> offers = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Offer> eldest) {
			return size() > MAX_CONVERSATIONS;
		}
	};

	DialogueStates() {
		this(Clock.systemUTC());
	}

	DialogueStates(Clock clock) {
		this.clock = clock;
	}

	synchronized void offer(String conversation, List<String> faqIds) {
		this.offers.put(conversation, new Offer(List.copyOf(faqIds), this.clock.instant()));
	}

	/**
	 * The entries last offered to this resident, if the offer is still fresh; the offer
	 * is used up.
	 */
	synchronized Optional<List<String>> takeOffer(String conversation) {
		Offer offer = this.offers.remove(conversation);
		if (offer == null || offer.madeAt().plus(OFFER_LIFETIME).isBefore(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(offer.faqIds());
	}

	private record Offer(List<String> faqIds, Instant madeAt) {
	}

}
