package org.civicline.webchat.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many messages a chat session and an IP address may send in any 60 seconds. Counts
 * are per instance: with several instances behind a balancer the limit is per instance,
 * which still stops one script from flooding the engine.
 */
@Component
class ChatRateLimits {

	private static final long WINDOW = 60_000;

	private final Map<String, Deque<Long>> sent = new ConcurrentHashMap<>();

	private final WebChatProperties properties;

	private final Clock clock;

	@Autowired
	ChatRateLimits(WebChatProperties properties) {
		this(properties, Clock.systemUTC());
	}

	ChatRateLimits(WebChatProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts one message; empty when allowed, else how long until the sender may try
	 * again. A refused message does not count.
	 */
	synchronized Optional<Duration> take(String session, String address) {
		long now = this.clock.millis();
		Deque<Long> bySession = recent("s:" + session, now);
		Deque<Long> byAddress = recent("a:" + address, now);
		long wait = Math.max(waitFor(bySession, this.properties.sessionMessagesPerMinute(), now),
				waitFor(byAddress, this.properties.addressMessagesPerMinute(), now));
		if (wait > 0) {
			return Optional.of(Duration.ofMillis(wait));
		}
		bySession.addLast(now);
		byAddress.addLast(now);
		return Optional.empty();
	}

	private Deque<Long> recent(String key, long now) {
		Deque<Long> times = this.sent.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		while (!times.isEmpty() && times.peekFirst() <= now - WINDOW) {
			times.pollFirst();
		}
		return times;
	}

	private static long waitFor(Deque<Long> times, int limit, long now) {
		return (times.size() < limit) ? 0 : times.peekFirst() + WINDOW - now;
	}

	@Scheduled(fixedDelay = 60_000)
	synchronized void forgetQuietSenders() {
		long now = this.clock.millis();
		this.sent.entrySet().removeIf((entry) -> {
			Deque<Long> times = entry.getValue();
			return times.isEmpty() || times.peekLast() <= now - WINDOW;
		});
	}

}
