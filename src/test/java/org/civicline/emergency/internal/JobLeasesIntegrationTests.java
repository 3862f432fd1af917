package org.civicline.emergency.internal;

import java.time.Duration;

import org.civicline.testsupport.Postgres;
import org.civicline.testsupport.SchemaDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances sharing one PostgreSQL: a scheduled job's lease is held by one of them.
 */
class JobLeasesIntegrationTests {

	JdbcClient jdbc;

	@BeforeEach
	void store() {
		this.jdbc = JdbcClient.create(SchemaDataSource.migrated(Postgres.dataSource(), "leases"));
	}

	@Test
	void oneInstanceHoldsAJobAndAnotherTakesItOnlyOnceTheLeaseLapses() throws Exception {
		JobLeases first = new JobLeases(this.jdbc);
		JobLeases second = new JobLeases(this.jdbc);
		assertThat(first.acquire("cap-feed", Duration.ofMillis(400))).isTrue();
		assertThat(second.acquire("cap-feed", Duration.ofMillis(400))).isFalse();
		assertThat(first.acquire("cap-feed", Duration.ofMillis(400))).as("the holder renews").isTrue();
		Thread.sleep(600);
		assertThat(second.acquire("cap-feed", Duration.ofSeconds(10))).isTrue();
		assertThat(first.acquire("cap-feed", Duration.ofSeconds(10))).isFalse();
		assertThat(first.acquire("emergency-expiry", Duration.ofSeconds(10))).as("each job has its own lease").isTrue();
	}

}
