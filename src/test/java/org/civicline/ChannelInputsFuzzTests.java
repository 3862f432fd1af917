package org.civicline;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.civicline.testsupport.CivicLineIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What strangers can send to the running server, over real HTTP: the chat API's body,
 * Twilio's form webhook (signed with the real algorithm, so the fuzzer gets past the
 * signature), Telegram's update JSON, Open311's form and query, and whole chats of
 * several turns. Whatever arrives, the answer is never a 5xx. Each sender is new, so the
 * per-sender limits do not stop the fuzzer short of the engine. The inputs kept under
 * {@code ChannelInputsFuzzTestsInputs} replay in every build; {@code JAZZER_FUZZ=1}
 * fuzzes for new ones.
 */
@CivicLineIntegrationTest
class ChannelInputsFuzzTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final AtomicLong senders = new AtomicLong(2_000_000);

	/**
	 * What a resident says while filing a request, erasing their data or switching
	 * language.
	 */
	static final List<String> DIALOGUE_STEPS = List.of("there is a pothole on my street",
			"hay un bache enorme en mi calle", "1200 Main Street", "at the corner of Oak and 5th", "yes", "YES", "no",
			"sí", "cancel", "status", "status 1001", "delete my data", "borra mis datos", "DELETE", "BORRAR",
			"en español", "english please", "talk to a person", "when is trash day", "1", "2");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@FuzzTest(maxDuration = "90s")
	void theChatApiAnswersAnyBodyWithoutAServerError(byte[] body) throws Exception {
		assertThat(post("/api/v1/chat", "application/json", body, Map.of())).isLessThan(500);
	}

	/**
	 * A whole chat, turn by turn: steps that drive a request's intake, an erasure or a
	 * change of language, mixed with anything at all. Every turn is answered without a
	 * server error, and no turn is left half-written: each line the resident sent has the
	 * city's answer after it. The input is the chat, a turn per line (at most eight), so
	 * the kept inputs read as chats: a line {@code #n} is step n of
	 * {@link #DIALOGUE_STEPS}, a line starting {@code es:} or {@code en:} is sent with
	 * that widget language.
	 */
	@FuzzTest(maxDuration = "90s")
	void aWholeChatNeverFailsNorLeavesATurnHalfWritten(byte[] input) throws Exception {
		String session = "fuzz-dialogue-" + senders.incrementAndGet();
		List<String> turns = new String(input, StandardCharsets.UTF_8).lines().limit(8).toList();
		for (String turn : turns) {
			String language = turn.startsWith("es:") || turn.startsWith("en:") ? turn.substring(0, 2) : "";
			String text = language.isEmpty() ? turn : turn.substring(3);
			if (text.matches("#\\d{1,3}")) {
				text = DIALOGUE_STEPS.get(Integer.parseInt(text.substring(1)) % DIALOGUE_STEPS.size());
			}
			String body = "{\"session\":" + quoted(session) + ",\"text\":" + quoted(text)
					+ (language.isEmpty() ? "" : ",\"language\":\"" + language + "\"") + "}";
			assertThat(post("/api/v1/chat", "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of()))
				.as("turn: %s", text)
				.isLessThan(500);
		}
		List<String> authors = this.jdbc.sql("select author from webchat_message where session_id = ? order by id")
			.param(session)
			.query(String.class)
			.list();
		for (int line = 0; line < authors.size(); line++) {
			if ("resident".equals(authors.get(line))) {
				assertThat(line + 1 < authors.size() && !"resident".equals(authors.get(line + 1)))
					.as("the resident's line %d of %s has the city's answer after it", line, authors)
					.isTrue();
			}
		}
	}

	@FuzzTest(maxDuration = "90s")
	void twilioSignedFormsAreAnsweredWithoutAServerError(FuzzedDataProvider data) throws Exception {
		long sender = senders.incrementAndGet();
		String text = data.consumeRemainingAsString();
		Map<String, String> form = new TreeMap<>(
				Map.of("MessageSid", "SMfuzz" + sender, "AccountSid", CivicLineIntegrationTest.TWILIO_ACCOUNT, "From",
						"+1617" + sender, "To", CivicLineIntegrationTest.CITY_NUMBER, "Body", text, "NumMedia", "0"));
		StringBuilder signed = new StringBuilder(url("/webhooks/twilio/sms"));
		form.forEach((name, value) -> signed.append(name).append(value));
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(CivicLineIntegrationTest.TWILIO_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		String signature = Base64.getEncoder()
			.encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
		StringBuilder encoded = new StringBuilder();
		form.forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		assertThat(post("/webhooks/twilio/sms", "application/x-www-form-urlencoded",
				encoded.toString().getBytes(StandardCharsets.UTF_8), Map.of("X-Twilio-Signature", signature)))
			.isLessThan(500);
	}

	@FuzzTest(maxDuration = "90s")
	void telegramUpdatesAreAnsweredWithoutAServerError(FuzzedDataProvider data) throws Exception {
		long chat = senders.incrementAndGet();
		String update = data.consumeBoolean() ? data.consumeRemainingAsString()
				: """
						{"update_id": %d, "message": {"message_id": 1, "date": 1700000000, "chat": {"id": %d, "type": "private"},
						 "from": {"id": %d, "is_bot": false, "first_name": "F"}, "text": %s}}"""
					.formatted(chat, chat, chat, quoted(data.consumeRemainingAsString()));
		assertThat(post("/webhooks/telegram", "application/json", update.getBytes(StandardCharsets.UTF_8),
				Map.of("X-Telegram-Bot-Api-Secret-Token", CivicLineIntegrationTest.TELEGRAM_SECRET)))
			.isLessThan(500);
	}

	@FuzzTest(maxDuration = "90s")
	void open311FormsAndQueriesAreAnsweredWithoutAServerError(FuzzedDataProvider data) throws Exception {
		String form = data.consumeString(500);
		String query = URLEncoder.encode(data.consumeRemainingAsString(), StandardCharsets.UTF_8);
		assertThat(post("/open311/v2/requests.json", "application/x-www-form-urlencoded",
				("api_key=" + CivicLineIntegrationTest.OPEN311_KEY + "&" + form).getBytes(StandardCharsets.UTF_8),
				Map.of()))
			.isLessThan(500);
		assertThat(send(HttpRequest
			.newBuilder(URI.create(url(
					"/open311/v2/requests.xml?status=" + query + "&service_code=" + query + "&start_date=" + query)))
			.build())).isLessThan(500);
	}

	private int post(String path, String type, byte[] body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	// Jazzer's request-forgery detector would report the test's own calls to the
	// server under test; only that one port is allowed, so a real forgery still shows.
	private int send(HttpRequest request) throws Exception {
		try (SilentCloseable allowed = BugDetectors.allowNetworkConnections((host, port) -> port == this.port)) {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				json.append('\\').appendCodePoint(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", c));
			}
			else {
				json.appendCodePoint(c);
			}
		});
		return json.append('"').toString();
	}

}
