package org.civicline.webchat.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many messages a chat session and an IP address may send in any 60 seconds. Each
 * message counted is a row in the store every instance shares, so several instances
 * behind a balancer keep one limit between them (messages arriving at the same instant on
 * different instances may pass it by one or two). Addresses are kept hashed, and no row
 * outlives its minute by more than a sweep.
 */
@Component
class ChatRateLimits {

	private static final long WINDOW = 60_000;

	private final JdbcClient jdbc;

	private final WebChatProperties properties;

	private final Clock clock;

	@Autowired
	ChatRateLimits(JdbcClient jdbc, WebChatProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	ChatRateLimits(JdbcClient jdbc, WebChatProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts one message; empty when allowed, else how long until the sender may try
	 * again. A refused message does not count.
	 */
	Optional<Duration> take(String session, String address) {
		long now = this.clock.millis();
		String bySession = "s:" + session;
		String byAddress = "a:" + sha256(address);
		Map<String, Counted> counted = counted(bySession, byAddress, now);
		long wait = Math.max(waitFor(counted.get(bySession), this.properties.sessionMessagesPerMinute(), now),
				waitFor(counted.get(byAddress), this.properties.addressMessagesPerMinute(), now));
		if (wait > 0) {
			return Optional.of(Duration.ofMillis(wait));
		}
		this.jdbc.sql("insert into chat_sent (sender_key, sent_at) values (?, ?), (?, ?)")
			.params(bySession, now, byAddress, now)
			.update();
		return Optional.empty();
	}

	private Map<String, Counted> counted(String bySession, String byAddress, long now) {
		Map<String, Counted> counted = new HashMap<>();
		this.jdbc.sql("""
				select sender_key, count(*) as messages, min(sent_at) as oldest from chat_sent
				where sender_key in (:session, :address) and sent_at > :since
				group by sender_key""")
			.param("session", bySession)
			.param("address", byAddress)
			.param("since", now - WINDOW)
			.query((row) -> {
				counted.put(row.getString("sender_key"), new Counted(row.getInt("messages"), row.getLong("oldest")));
			});
		return counted;
	}

	private static long waitFor(Counted counted, int limit, long now) {
		return (counted == null || counted.messages() < limit) ? 0 : counted.oldest() + WINDOW - now;
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetQuietSenders() {
		this.jdbc.sql("delete from chat_sent where sent_at <= ?").param(this.clock.millis() - WINDOW).update();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private record Counted(int messages, long oldest) {
	}

}
