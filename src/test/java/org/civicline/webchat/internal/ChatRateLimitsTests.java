package org.civicline.webchat.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatRateLimitsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:10Z"));

	private final ChatRateLimits limits = new ChatRateLimits(
			new WebChatProperties(List.of(), 3, 5, 200, Duration.ofMinutes(5), 100), this.clock);

	@Test
	void aSessionGetsItsMessagesAMinuteThenIsToldHowLongToWait() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.limits.take("tab-1", "10.0.0.1")).isEmpty();
		}
		this.clock.now = this.clock.now.plusSeconds(20);
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
			this.clock.now = this.clock.now.plusSeconds(10);
		}
		assertThat(this.limits.take("tab-1", "10.0.0.4")).hasValue(Duration.ofSeconds(30));
		this.clock.now = this.clock.now.plusSeconds(30);
		assertThat(this.limits.take("tab-1", "10.0.0.4")).isEmpty();
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
