package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Something the engine keeps for each conversation (keyed by channel and sender) for a
 * while: bounded, so a flood of senders cannot exhaust memory, and forgotten after its
 * lifetime, so an old question does not capture a new message.
 */
class ConversationMemory<T> {

	private static final int MAX_CONVERSATIONS = 50_000;

	private final Clock clock;

	private final Duration lifetime;

	private final Map<String, Kept<T>> kept = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Kept<T>> eldest) {
			return size() > MAX_CONVERSATIONS;
		}
	};

	ConversationMemory(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	synchronized void keep(String conversation, T value) {
		this.kept.put(conversation, new Kept<>(value, this.clock.instant()));
	}

	/** What is kept for the conversation, if still fresh. */
	synchronized Optional<T> get(String conversation) {
		Kept<T> value = this.kept.get(conversation);
		if (value == null) {
			return Optional.empty();
		}
		if (value.at().plus(this.lifetime).isBefore(this.clock.instant())) {
			this.kept.remove(conversation);
			return Optional.empty();
		}
		return Optional.of(value.value());
	}

	synchronized Optional<T> take(String conversation) {
		Optional<T> value = get(conversation);
		this.kept.remove(conversation);
		return value;
	}

	synchronized void forget(String conversation) {
		this.kept.remove(conversation);
	}

	private record Kept<T>(T value, Instant at) {
	}

}
