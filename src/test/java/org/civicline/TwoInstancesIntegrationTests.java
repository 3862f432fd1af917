package org.civicline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicline.testsupport.FakeProviders;
import org.civicline.testsupport.FakeTwilio;
import org.civicline.testsupport.Postgres;
import org.civicline.testsupport.StaffCredentials;
import org.civicline.testsupport.WaitUntil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two CivicLine instances sharing one real PostgreSQL, as behind a load balancer: an FAQ
 * change published on one is answered by the other within 2 seconds, an alert broadcast
 * with both running reaches every subscriber exactly once, and a resident's report may be
 * told to both, message by message.
 */
class TwoInstancesIntegrationTests {

	static final JsonMapper json = JsonMapper.builder().build();

	static final HttpClient http = HttpClient.newHttpClient();

	static final String ADMIN = "two-instances-admin";

	static final String PASSWORD = "two-instances-password";

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static JdbcClient store;

	@BeforeAll
	static void startTwoInstances() {
		String schema = "two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String url = Postgres.jdbcUrl() + (Postgres.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
		Map<String, String> properties = new HashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "postgres");
		properties.put("spring.flyway.schemas", schema);
		properties.put("server.port", "0");
		properties.put("civicline.admin.user", ADMIN);
		properties.put("civicline.admin.password", PASSWORD);
		properties.put("civicline.sms.twilio.account-sid", "AC0123456789abcdef0123456789abcd02");
		properties.put("civicline.sms.twilio.auth-token", "two-instances-token");
		properties.put("civicline.sms.twilio.from", "+15550000312");
		properties.put("civicline.sms.twilio.max-messages-per-second", "200");
		properties.putAll(FakeProviders.properties());
		properties.put("civicline.emergency.alerts-per-second", "200");
		properties.put("civicline.emergency.outbox-poll-interval", "100ms");
		properties.put("civicline.sms.outbox-poll-interval", "100ms");
		// One after the other: the first imports the seed FAQ, the second finds it there.
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		first = new SpringApplicationBuilder(CivicLineApplication.class).run(arguments);
		second = new SpringApplicationBuilder(CivicLineApplication.class).run(arguments);
		store = first.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void anFaqChangePublishedOnOneIsAnsweredByTheOtherWithinTwoSeconds() throws Exception {
		String id = "ferry-timetable";
		String question = "when does the island ferry leave the harbour";
		String entry = """
				{"title":"Island ferry timetable","answer":"The island ferry leaves the harbour every hour.",
				 "shortAnswer":"The island ferry leaves every hour.","questions":["island ferry timetable harbour"]}
				""";
		assertThat(call(first, "PUT", "/api/v1/admin/faq/" + id + "/draft", entry).statusCode()).isEqualTo(200);
		assertThat(call(first, "POST", "/api/v1/admin/faq/" + id + "/publish", "{}").statusCode()).isEqualTo(200);
		long published = System.nanoTime();
		String answered = null;
		while (System.nanoTime() - published < Duration.ofSeconds(10).toNanos() && !id.equals(answered)) {
			answered = firstFaq(second, question);
		}
		long millis = (System.nanoTime() - published) / 1_000_000;
		System.out.println("Published on one instance, answered by the other after " + millis + " ms");
		assertThat(answered).isEqualTo(id);
		assertThat(millis).isLessThanOrEqualTo(2000);
	}

	@Test
	void aBroadcastWithBothRunningReachesEverySubscriberExactlyOnce() throws Exception {
		int subscribers = 300;
		for (int i = 0; i < subscribers; i++) {
			store.sql("""
					insert into alert_subscriber (channel, address, status, zone, language, updated_at)
					values ('sms', ?, 'CONFIRMED', null, 'en', current_timestamp)
					""").param(number(i)).update();
		}
		HttpResponse<String> sent = call(first, "POST", "/api/v1/admin/emergency/alerts",
				"{\"text\":\"Two instances test: boil water notice.\",\"zones\":[]}");
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
		long alert = json.readTree(sent.body()).get("id").asLong();
		JsonNode report = WaitUntil.value("the alert to be sent by both instances", Duration.ofSeconds(60),
				() -> json.readTree(call(second, "GET", "/api/v1/admin/emergency/alerts/" + alert, null).body()),
				(now) -> now.get("queued").asInt() + now.get("sending").asInt() == 0);
		assertThat(report.get("sent").asInt()).isEqualTo(subscribers);
		int copies = 0;
		for (int i = 0; i < subscribers; i++) {
			List<FakeTwilio.Received> received = FakeTwilio.instance().messagesTo(number(i));
			assertThat(received).as("texts to " + number(i)).hasSize(1);
			copies += received.size();
		}
		assertThat(copies).isEqualTo(subscribers);
	}

	@Test
	void aReportToldAcrossBothInstancesIsFiledOnce() throws Exception {
		String session = "two-instances-" + UUID.randomUUID();
		JsonNode asked = chat(first, session, "there is a big pothole on my street");
		assertThat(asked.get("kind").asString()).as(asked.toString()).isEqualTo("report");

		JsonNode readBack = chat(second, session, "outside 118 Harbour Road");
		assertThat(readBack.get("kind").asString()).as(readBack.toString()).isEqualTo("confirm");
		assertThat(readBack.get("reply").asString()).contains("118 Harbour Rd");

		JsonNode filed = chat(first, session, "yes");
		assertThat(filed.get("kind").asString()).as(filed.toString()).isEqualTo("filed");
		assertThat(store.sql("select count(*) from ticket where description like '%big pothole%'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void staffAskedForAPersonOnOneInstanceSeeWhatWasSaidOnTheOther() throws Exception {
		String session = "two-instances-" + UUID.randomUUID();
		String question = "where can I pay a water bill " + session.substring(session.length() - 6);
		chat(first, session, question);
		String asked = "can I talk to a real person please " + session.substring(session.length() - 6);
		JsonNode handedOff = chat(second, session, asked);
		assertThat(handedOff.get("kind").asString()).as(handedOff.toString()).isEqualTo("human");

		JsonNode waiting = null;
		for (JsonNode request : json.readTree(call(first, "GET", "/api/v1/admin/callbacks", null).body())) {
			if (asked.equals(request.get("message").asString())) {
				waiting = request;
			}
		}
		assertThat(waiting).as("the request made on the second instance").isNotNull();
		assertThat(waiting.get("conversation").get(0).get("author").asString()).isEqualTo("resident");
		assertThat(waiting.get("conversation").get(0).get("text").asString()).isEqualTo(question);
	}

	JsonNode chat(ConfigurableApplicationContext instance, String session, String text) throws Exception {
		HttpResponse<String> response = call(instance, "POST", "/api/v1/chat",
				json.writeValueAsString(Map.of("session", session, "text", text)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	static String number(int i) {
		return "+1555" + (7000000 + i);
	}

	String firstFaq(ConfigurableApplicationContext instance, String question) throws Exception {
		JsonNode faq = json
			.readTree(call(instance, "POST", "/api/v1/analyze", "{\"text\":\"" + question + "\"}").body())
			.get("faq");
		return faq.isEmpty() ? null : faq.get(0).get("id").asString();
	}

	HttpResponse<String> call(ConfigurableApplicationContext instance, String method, String path, String body)
			throws Exception {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", StaffCredentials.basic(ADMIN, PASSWORD))
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
