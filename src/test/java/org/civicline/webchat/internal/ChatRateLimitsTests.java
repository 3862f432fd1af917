package org.civicline.webchat.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civicline.testsupport.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatRateLimitsTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:00:10Z"));

	private final ChatRateLimits limits = new ChatRateLimits(
			new WebChatProperties(List.of(), 3, 5, 200, Duration.ofMinutes(5), 100), this.clock);

	@Test
	void aSessionGetsItsMessagesAMinuteThenIsToldHowLongToWait() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.limits.take("tab-1", "10.0.0.1")).isEmpty();
		}
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(this.limits.take("tab-1", "10.0.0.1")).hasValue(Duration.ofSeconds(40));
		assertThat(this.limits.take("tab-2", "10.0.0.1")).isEmpty();
	}

	@Test
	void oneAddressIsLimitedAcrossItsSessions() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.limits.take("tab-" + i, "10.0.0.2")).isEmpty();
		}
		assertThat(this.limits.take("tab-new", "10.0.0.2")).isPresent();
		assertThat(this.limits.take("tab-new", "10.0.0.3")).isEmpty();
	}

	@Test
	void aMessageIsAllowedAgainSixtySecondsAfterTheOldestCounted() {
		for (int i = 0; i < 3; i++) {
			this.limits.take("tab-1", "10.0.0.4");
			this.clock.advance(Duration.ofSeconds(10));
		}
		assertThat(this.limits.take("tab-1", "10.0.0.4")).hasValue(Duration.ofSeconds(30));
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.limits.take("tab-1", "10.0.0.4")).isEmpty();
	}

}
