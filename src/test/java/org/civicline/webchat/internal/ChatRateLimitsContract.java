package org.civicline.webchat.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.civicline.testsupport.MovableClock;
import org.civicline.testsupport.SchemaDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web chat limits per session and per address, counted in the store every instance
 * shares, on every database CivicLine supports.
 */
abstract class ChatRateLimitsContract {

	static final WebChatProperties LIMITS = new WebChatProperties(List.of(), 3, 5, 200, Duration.ofMinutes(5), 100);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:00:10Z"));

	private JdbcClient jdbc;

	private ChatRateLimits limits;

	abstract DataSource dataSource();

	@BeforeEach
	void oneStore() {
		this.jdbc = JdbcClient.create(SchemaDataSource.migrated(dataSource(), "chatrate"));
		this.limits = instance();
	}

	private ChatRateLimits instance() {
		return new ChatRateLimits(this.jdbc, LIMITS, this.clock);
	}

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
	void instancesBehindABalancerKeepOneLimitBetweenThem() {
		ChatRateLimits other = instance();
		assertThat(this.limits.take("tab-1", "10.0.0.5")).isEmpty();
		assertThat(other.take("tab-1", "10.0.0.5")).isEmpty();
		assertThat(this.limits.take("tab-1", "10.0.0.5")).isEmpty();

		assertThat(other.take("tab-1", "10.0.0.5")).hasValue(Duration.ofSeconds(60));
	}

	@Test
	void addressesAreKeptHashedAndNothingOutlivesItsMinute() {
		this.limits.take("tab-1", "10.0.0.6");
		assertThat(this.jdbc.sql("select sender_key from chat_sent").query(String.class).list()).contains("s:tab-1")
			.noneMatch((key) -> key.contains("10.0.0.6"));

		this.clock.advance(Duration.ofSeconds(59));
		this.limits.forgetQuietSenders();
		assertThat(this.jdbc.sql("select count(*) from chat_sent").query(Integer.class).single()).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(1));
		this.limits.forgetQuietSenders();
		assertThat(this.jdbc.sql("select count(*) from chat_sent").query(Integer.class).single()).isZero();
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
