package org.civicline.conversation.internal;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.civicline.conversation.InboundMessage;
import org.civicline.testsupport.H2;
import org.civicline.testsupport.MovableClock;
import org.civicline.testsupport.SchemaDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class FloodGuardTests {

	final JdbcClient jdbc = JdbcClient.create(SchemaDataSource.migrated(H2.inMemory("flood"), "flood"));

	final MovableClock clock = new MovableClock(java.time.Instant.parse("2026-12-04T12:00:00Z"));

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final FloodGuard guard = new FloodGuard(this.jdbc,
			new FloodProperties(Map.of("telegram", 3), Duration.ofMinutes(10)), this.meters, this.clock);

	final InboundMessage flooding = new InboundMessage("telegram", "555", "hi", "en");

	@Test
	void pastTheLimitTheFirstIsToldToSlowDownAndTheRestAreDroppedAndCounted() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.guard.take(this.flooding)).isEqualTo(FloodGuard.Verdict.READ);
		}
		assertThat(this.guard.take(this.flooding)).isEqualTo(FloodGuard.Verdict.SLOW_DOWN);
		assertThat(this.guard.take(this.flooding)).isEqualTo(FloodGuard.Verdict.DROP);
		assertThat(this.meters.counter("civicline.flood.dropped", "channel", "telegram").count()).isEqualTo(2);
		assertThat(this.guard.take(new InboundMessage("telegram", "556", "hi", "en")))
			.as("another sender is not held back")
			.isEqualTo(FloodGuard.Verdict.READ);
	}

	@Test
	void theWindowMovesOnAndNoSenderIsKeptInTheClear() {
		for (int i = 0; i < 5; i++) {
			this.guard.take(this.flooding);
		}
		assertThat(this.jdbc.sql("select count(*) from sender_message where sender_key like '%555%'")
			.query(Integer.class)
			.single()).isZero();
		this.clock.advance(Duration.ofMinutes(11));
		this.guard.forgetQuietSenders();
		assertThat(this.jdbc.sql("select count(*) from sender_message").query(Integer.class).single()).isZero();
		assertThat(this.guard.take(this.flooding)).isEqualTo(FloodGuard.Verdict.READ);
	}

	@Test
	void aChannelWithoutALimitHereIsNeverHeldBack() {
		InboundMessage sms = new InboundMessage("sms", "+16175550100", "hi", "en");
		for (int i = 0; i < 10; i++) {
			assertThat(this.guard.take(sms)).isEqualTo(FloodGuard.Verdict.READ);
		}
	}

}
