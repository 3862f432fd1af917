package org.civicline.emergency.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicline.testsupport.FakeProviders;
import org.civicline.testsupport.FakeTwilio;
import org.civicline.testsupport.StaffCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.civicline.testsupport.WaitUntil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills CivicLine (SIGKILL) in the middle of a broadcast, starts it again on the same
 * database, and counts what the (fake) Twilio received: every subscriber exactly one
 * copy. The application runs as a separate process, as in production, on each store
 * CivicLine supports.
 */
abstract class BroadcastCrashContract {

	static final int SUBSCRIBERS = 1500;

	final HttpClient http = HttpClient.newHttpClient();

	final FakeTwilio twilio = FakeTwilio.instance();

	Process running;

	// The two runs' logs (and the embedded store) stay behind only when the test fails.
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path data;

	/**
	 * A store of its own for this run, in the given folder if it keeps files: what
	 * CivicLine is started with, and a way in.
	 */
	abstract Store store(Path folder) throws Exception;

	/**
	 * The first digits of this test's subscribers' numbers: the fake Twilio is shared by
	 * the whole test run, so each store's test counts only its own.
	 */
	abstract String numberPrefix();

	record Store(List<String> arguments, String url, String user, String password) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

	}

	@AfterEach
	void stop() {
		if (this.running != null) {
			this.running.destroyForcibly();
		}
	}

	@Test
	void aBroadcastInterruptedByACrashReachesEverySubscriberExactlyOnce() throws Exception {
		Store database = store(this.data);
		int port = freePort();

		this.running = start(database, port, this.data.resolve("first.log"));
		awaitReady(port);
		seedSubscribers(database);
		long alertId = sendAlert(port);

		awaitReceived((received) -> received >= SUBSCRIBERS / 4, Duration.ofSeconds(60));
		this.running.destroyForcibly().waitFor();
		int atTheCrash = received().values().stream().mapToInt(Integer::intValue).sum();

		this.running = start(database, port, this.data.resolve("second.log"));
		awaitReady(port);
		awaitFinished(database, alertId, Duration.ofSeconds(120));

		Map<String, Integer> copies = received();
		long duplicates = copies.values().stream().filter((count) -> count > 1).count();
		long missing = SUBSCRIBERS - copies.size();
		System.out.printf(
				"crash test (" + getClass().getSimpleName()
						+ "): %d subscribers, %d texts sent before the kill, %d after the restart, "
						+ "%d subscribers with more than one copy, %d without one%n",
				SUBSCRIBERS, atTheCrash, copies.values().stream().mapToInt(Integer::intValue).sum() - atTheCrash,
				duplicates, missing);
		assertThat(atTheCrash).isBetween(1, SUBSCRIBERS - 1);
		assertThat(copies).hasSize(SUBSCRIBERS);
		assertThat(copies.values()).allMatch((count) -> count == 1);
	}

	private Process start(Store database, int port, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				"org.civicline.CivicLineApplication", "--server.port=" + port, "--civicline.admin.user=staff",
				"--civicline.admin.password=crash-test-secret",
				"--civicline.sms.twilio.account-sid=AC00000000000000000000000000000000",
				"--civicline.sms.twilio.auth-token=crash-test-token", "--civicline.sms.twilio.from=+15550000311",
				// Slow enough (15 s for the whole broadcast) that a busy build machine
				// still kills it midway.
				"--civicline.sms.twilio.max-messages-per-second=100", "--civicline.emergency.alerts-per-second=100",
				"--civicline.emergency.claim-timeout=1s", "--civicline.emergency.outbox-poll-interval=200ms",
				"--logging.level.root=WARN"));
		command.addAll(FakeProviders.arguments());
		command.addAll(database.arguments());
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private void awaitReady(int port) {
		WaitUntil.holds("CivicLine to answer on port " + port, Duration.ofSeconds(180), () -> {
			assertThat(this.running.isAlive()).as("CivicLine died while starting").isTrue();
			return this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/emergency")).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode() == 200;
		});
	}

	private void seedSubscribers(Store database) throws SQLException {
		try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement("""
				insert into alert_subscriber (channel, address, status, zone, language, updated_at)
				values ('sms', ?, 'CONFIRMED', null, 'en', current_timestamp)""")) {
			for (int i = 0; i < SUBSCRIBERS; i++) {
				insert.setString(1, number(i));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private long sendAlert(int port) throws Exception {
		HttpResponse<String> sent = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/emergency/alerts"))
				.header("Content-Type", "application/json")
				.header("Authorization", StaffCredentials.basic("staff", "crash-test-secret"))
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Crash test: shelter in place until 6pm.\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
		assertThat(sent.body()).contains("\"recipients\":" + SUBSCRIBERS);
		return Long.parseLong(sent.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	private void awaitFinished(Store database, long alertId, Duration timeout) {
		WaitUntil.holds("the broadcast to finish after the restart", timeout, () -> {
			try (Connection connection = database.connect();
					PreparedStatement pending = connection.prepareStatement(
							"select count(*) from alert_outbox where alert_id = ? and state in ('queued', 'sending')")) {
				pending.setLong(1, alertId);
				try (ResultSet rs = pending.executeQuery()) {
					rs.next();
					return rs.getInt(1) == 0;
				}
			}
		});
	}

	private void awaitReceived(java.util.function.IntPredicate enough, Duration timeout) {
		WaitUntil.holds("the broadcast to get going", timeout,
				() -> enough.test(received().values().stream().mapToInt(Integer::intValue).sum()));
	}

	private Map<String, Integer> received() {
		Map<String, Integer> copies = new java.util.HashMap<>();
		for (int i = 0; i < SUBSCRIBERS; i++) {
			int count = this.twilio.messagesTo(number(i)).size();
			if (count > 0) {
				copies.put(number(i), count);
			}
		}
		return copies;
	}

	private String number(int i) {
		return numberPrefix() + String.format("%04d", i);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
