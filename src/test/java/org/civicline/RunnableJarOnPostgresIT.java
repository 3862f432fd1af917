package org.civicline;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.civicline.testsupport.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as the compose file runs it: the {@code postgres} profile, its connection from
 * the environment, on a real PostgreSQL. The profile is read at start, while the beans
 * come from the build; this shows both hold together.
 */
class RunnableJarOnPostgresIT {

	private static DataSource database;

	private static RunningJar app;

	@BeforeAll
	static void startTheJarOnPostgres() throws Exception {
		database = Postgres.dataSource();
		app = RunningJar.start(List.of(), Map.of("SPRING_PROFILES_ACTIVE", "postgres", "CIVICLINE_DB_URL",
				Postgres.jdbcUrl(), "CIVICLINE_DB_USER", "postgres", "CIVICLINE_DB_PASSWORD", "postgres"));
	}

	@AfterAll
	static void stopTheJar() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void startsFromTheBuildsBeanDefinitionsWithTheProfileGivenAtStart() throws Exception {
		assertThat(app.log()).contains("Starting AOT-processed CivicLineApplication")
			.contains("The following 1 profile is active: \"postgres\"");
	}

	@Test
	void keepsItsSchemaAndFaqInPostgres() {
		JdbcClient jdbc = JdbcClient.create(database);
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single())
			.isGreaterThanOrEqualTo(18);
		assertThat(jdbc.sql("select count(*) from faq_entry where id = 'bulky-furniture'").query(Long.class).single())
			.isOne();
	}

	@Test
	void answersFromThatFaqAndIsReady() throws Exception {
		HttpResponse<String> answer = app.post("/api/v1/analyze", "{\"text\":\"how do I get rid of an old couch\"}");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"intent\":\"faq\"").contains("bulky-furniture");
		assertThat(app.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
	}

}
