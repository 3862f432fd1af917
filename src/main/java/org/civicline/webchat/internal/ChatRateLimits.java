package org.civicline.webchat.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many messages a chat session and an IP address may send per minute. Counts are per
 * instance and per calendar minute: with several instances behind a balancer the limit is
 * per instance, which still stops one script from flooding the engine.
 */
@Component
class ChatRateLimits {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

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
	 * again.
	 */
	java.util.Optional<Duration> take(String session, String address) {
		long now = this.clock.millis();
		long minute = now / 60_000;
		boolean sessionOk = count("s:" + session, minute) <= this.properties.sessionMessagesPerMinute();
		boolean addressOk = count("a:" + address, minute) <= this.properties.addressMessagesPerMinute();
		if (sessionOk && addressOk) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Duration.ofMillis((minute + 1) * 60_000 - now));
	}

	private int count(String key, long minute) {
		return this.windows.compute(key, (k, window) -> (window == null || window.minute() != minute)
				? new Window(minute, 1) : new Window(minute, window.count() + 1))
			.count();
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetPastMinutes() {
		long minute = this.clock.millis() / 60_000;
		this.windows.values().removeIf((window) -> window.minute() < minute);
	}

	private record Window(long minute, int count) {
	}

}
