package org.civicline.emergency.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.civicline.testsupport.Postgres;

/** The crash test on PostgreSQL, the production store, in a schema of its own. */
class PostgresBroadcastCrashIntegrationTests extends BroadcastCrashContract {

	@Override
	Store store(Path folder) {
		String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String url = Postgres.jdbcUrl() + (Postgres.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return new Store(
				List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
						"--spring.datasource.password=postgres", "--spring.flyway.schemas=" + schema),
				url, "postgres", "postgres");
	}

	@Override
	String numberPrefix() {
		return "+1617778";
	}

}
