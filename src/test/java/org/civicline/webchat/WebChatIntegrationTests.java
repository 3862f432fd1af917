package org.civicline.webchat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.StaffCredentials;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the widget relies on: a transcript that survives a reload, a live stream for every
 * tab, status updates, feedback, limits and the cross-site rules, over real HTTP.
 */
@CivicLineIntegrationTest
class WebChatIntegrationTests {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Nested
	class Transcripts {

		@Test
		void aReloadGetsTheWholeConversationBackInOrder() throws Exception {
			JsonNode first = chat(null, "when is trash pickup");
			String session = first.get("session").asString();
			chat(session, "how do i get a parking permit");

			JsonNode history = get("/api/v1/chat/history?session=" + session).body();
			List<String> authors = new ArrayList<>();
			history.get("messages").forEach((m) -> authors.add(m.get("author").asString()));
			assertThat(authors).containsExactly("resident", "city", "resident", "city");
			assertThat(history.get("messages").get(0).get("text").asString()).isEqualTo("when is trash pickup");
			assertThat(history.get("messages").get(1).get("id").asLong())
				.isEqualTo(first.get("message").get("id").asLong());
		}

		@Test
		void aShortSessionChatsButItsTranscriptIsNotGivenOut() throws Exception {
			assertThat(chat("bars-1", "when is trash pickup").get("reply").asString()).isNotBlank();
			Answer history = get("/api/v1/chat/history?session=bars-1");
			assertThat(history.status()).isEqualTo(400);
			assertThat(history.body().get("error").asString()).contains("session ids CivicLine issues");
		}

		@Test
		void aResidentWhoAsksInSpanishHasTheTranscriptErasedAfterConfirming() throws Exception {
			JsonNode first = chat(null, "cuando pasa la basura por mi calle");
			String session = first.get("session").asString();
			JsonNode offer = chat(session, "borra mis datos por favor");
			assertThat(offer.get("reply").asString()).contains("Responda BORRAR");
			assertThat(get("/api/v1/chat/history?session=" + session).body().get("messages")).hasSize(4);
			assertThat(chat(session, "BORRAR").get("reply").asString()).startsWith("Listo");
			JsonNode left = get("/api/v1/chat/history?session=" + session).body().get("messages");
			List<String> texts = new ArrayList<>();
			left.forEach((m) -> texts.add(m.get("text").asString()));
			assertThat(texts).noneMatch((text) -> text.contains("basura por mi calle") || text.contains("borra mis"));
		}

		@Test
		void aRefusedMessageIsNotKept() throws Exception {
			String session = chat(null, "hello there").get("session").asString();
			Answer refused = post("/api/v1/chat",
					"{\"session\":\"" + session + "\",\"text\":\"" + "a".repeat(2001) + "\"}");
			assertThat(refused.status()).isEqualTo(413);
			assertThat(get("/api/v1/chat/history?session=" + session).body().get("messages")).hasSize(2);
		}

	}

	@Nested
	class LiveStream {

		@Test
		void aSecondTabSeesTheFirstTabsMessagesAsTheyAreSaid() throws Exception {
			String session = chat(null, "hi").get("session").asString();
			long after = get("/api/v1/chat/history?session=" + session).body()
				.get("messages")
				.get(1)
				.get("id")
				.asLong();
			try (EventStream secondTab = EventStream
				.open(uri("/api/v1/chat/stream?session=" + session + "&after=" + after))) {
				chat(session, "what day is my garbage picked up");
				JsonNode asked = secondTab.next();
				JsonNode answered = secondTab.next();
				assertThat(asked.get("text").asString()).isEqualTo("what day is my garbage picked up");
				assertThat(answered.get("author").asString()).isEqualTo("city");
				assertThat(answered.get("faq").asString()).isEqualTo("trash-collection-day");
			}
		}

		@Test
		void aTicketStatusChangeReachesTheChatThatFiledIt() throws Exception {
			// A house number of its own: a report at a place already reported is offered
			// to follow that request instead.
			String street = (3000 + (System.nanoTime() % 6000)) + " Harbor Street";
			JsonNode reported = chat(null, "there is a pothole on " + street);
			String session = reported.get("session").asString();
			String number = fileThrough(session, reported, street);
			JsonNode before = get("/api/v1/chat/history?session=" + session).body().get("messages");
			long seen = before.get(before.size() - 1).get("id").asLong();
			try (EventStream tab = EventStream.open(uri("/api/v1/chat/stream?session=" + session + "&after=" + seen))) {
				HttpResponse<String> changed = http.send(HttpRequest
					.newBuilder(uri("/api/v1/admin/tickets/" + number + "/status"))
					.header("Authorization", StaffCredentials.admin())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"closed\",\"note\":\"Patched today.\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
				JsonNode update = tab.next();
				assertThat(update.get("text").asString()).contains("#" + number)
					.contains("closed")
					.contains("Patched today.");
			}
			JsonNode history = get("/api/v1/chat/history?session=" + session).body().get("messages");
			assertThat(history.get(history.size() - 1).get("kind").asString()).isEqualTo("status");
		}

		@Test
		void staffAnswerAResidentWhoAskedForAPersonInTheirChat() throws Exception {
			String session = chat(null, "can i talk to a real person").get("session").asString();
			chat(session, "CALL ME 555-013-2211 after lunch");
			JsonNode waiting = json.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/admin/callbacks"))
				.header("Authorization", StaffCredentials.admin())
				.build(), HttpResponse.BodyHandlers.ofString()).body());
			long id = -1;
			for (JsonNode request : waiting) {
				if (request.get("phone").asString().contains("2211")) {
					id = request.get("id").asLong();
				}
			}
			JsonNode before = get("/api/v1/chat/history?session=" + session).body().get("messages");
			long seen = before.get(before.size() - 1).get("id").asLong();
			try (EventStream tab = EventStream.open(uri("/api/v1/chat/stream?session=" + session + "&after=" + seen))) {
				HttpResponse<String> answered = http
					.send(HttpRequest.newBuilder(uri("/api/v1/admin/callbacks/" + id + "/answer"))
						.header("Authorization", StaffCredentials.admin())
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers
							.ofString("{\"text\":\"Hi, this is Sam from 311. I will call at 1:30.\"}"))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(answered.statusCode()).as(answered.body()).isEqualTo(202);
				JsonNode line = tab.next();
				assertThat(line.get("author").asString()).isEqualTo("staff");
				assertThat(line.get("text").asString()).contains("I will call at 1:30");
			}
			HttpResponse<String> closed = http
				.send(HttpRequest.newBuilder(uri("/api/v1/admin/callbacks/" + id + "/close"))
					.header("Authorization", StaffCredentials.admin())
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(closed.statusCode()).isEqualTo(204);
		}

		private String fileThrough(String session, JsonNode reported, String street) throws Exception {
			JsonNode reply = reported;
			for (int turn = 0; turn < 6; turn++) {
				String kind = reply.get("kind").asString();
				if ("filed".equals(kind)) {
					break;
				}
				String text = switch (kind) {
					case "confirm" -> "yes";
					default -> "the pothole is in front of " + street + ", about a foot wide";
				};
				reply = chat(session, text);
			}
			assertThat(reply.get("kind").asString()).as(reply.toString()).isEqualTo("filed");
			java.util.regex.Matcher number = java.util.regex.Pattern.compile("number is (\\w+)")
				.matcher(reply.get("reply").asString());
			assertThat(number.find()).isTrue();
			return number.group(1);
		}

	}

	@Nested
	class Feedback {

		@Test
		void aResidentRatesAnAnswerInTheirOwnChatOnly() throws Exception {
			JsonNode answered = chat(null, "what day is my garbage picked up");
			String session = answered.get("session").asString();
			long id = answered.get("message").get("id").asLong();

			assertThat(post("/api/v1/chat/feedback",
					"{\"session\":\"" + session + "\",\"message\":" + id + ",\"helpful\":false}")
				.status()).isEqualTo(204);
			assertThat(get("/api/v1/chat/history?session=" + session).body()
				.get("messages")
				.get(1)
				.get("feedback")
				.asString()).isEqualTo("unhelpful");

			String stranger = chat(null, "hello").get("session").asString();
			Answer elsewhere = post("/api/v1/chat/feedback",
					"{\"session\":\"" + stranger + "\",\"message\":" + id + ",\"helpful\":true}");
			assertThat(elsewhere.status()).isEqualTo(404);
			assertThat(post("/api/v1/chat/feedback", "{\"session\":\"" + session + "\"}").status()).isEqualTo(400);
		}

	}

	@Nested
	class Limits {

		@Test
		void aSessionSendingTooFastIsAskedToWait() throws Exception {
			String session = "flood-" + System.nanoTime();
			Answer last = null;
			for (int i = 0; i < 21; i++) {
				last = post("/api/v1/chat", "{\"session\":\"" + session + "\",\"text\":\"hello " + i + "\"}");
			}
			assertThat(last.status()).isEqualTo(429);
			assertThat(last.body().get("error").asString()).contains("wait");
		}

		@Test
		void anUnknownLanguageIsRefusedByName() throws Exception {
			Answer refused = post("/api/v1/chat", "{\"text\":\"hello\",\"language\":\"xx\"}");
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body().get("error").asString()).contains("language");
		}

	}

	@Nested
	class CrossSite {

		@Test
		void anAllowedCitySiteMayCallTheChatAndAnyOtherMayNot() throws Exception {
			HttpResponse<String> allowed = preflight("https://www.portmarlow.example");
			assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
				.hasValue("https://www.portmarlow.example");
			HttpResponse<String> other = preflight("https://evil.example");
			assertThat(other.statusCode()).isEqualTo(403);
			assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		}

		@Test
		void onlyTheCitySiteMayFrameCivicLinePages() throws Exception {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(policy) -> assertThat(policy).contains("frame-ancestors 'self' https://www.portmarlow.example"));
		}

		private HttpResponse<String> preflight(String origin) throws Exception {
			return http.send(HttpRequest.newBuilder(uri("/api/v1/chat"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type")
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	JsonNode chat(String session, String text) throws Exception {
		String body = (session == null) ? "{\"text\":" + json.writeValueAsString(text) + "}"
				: "{\"session\":\"" + session + "\",\"text\":" + json.writeValueAsString(text) + "}";
		Answer answer = post("/api/v1/chat", body);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		return answer.body();
	}

	Answer post(String path, String body) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(),
				response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body()));
	}

	Answer get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), json.readTree(response.body()));
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	record Answer(int status, JsonNode body) {
	}

	/** A browser tab's event stream, read one {@code data:} line at a time. */
	static final class EventStream implements AutoCloseable {

		private final InputStream body;

		private final BufferedReader lines;

		private final java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors
			.newSingleThreadExecutor();

		private EventStream(InputStream body) {
			this.body = body;
			this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
		}

		static EventStream open(URI uri) throws Exception {
			HttpResponse<InputStream> response = http.send(
					HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
					HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			return new EventStream(response.body());
		}

		JsonNode next() throws Exception {
			CompletableFuture<String> data = CompletableFuture.supplyAsync(() -> {
				try {
					String line;
					while ((line = this.lines.readLine()) != null) {
						if (line.startsWith("data:")) {
							return line.substring(5).strip();
						}
					}
					throw new IllegalStateException("The stream ended");
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}, this.reader);
			return json.readTree(data.get(10, TimeUnit.SECONDS));
		}

		@Override
		public void close() throws Exception {
			this.reader.shutdownNow();
			this.body.close();
		}

	}

}
