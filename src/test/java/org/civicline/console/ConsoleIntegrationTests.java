package org.civicline.console;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;
import org.civicline.tickets.NewTicket;
import org.civicline.tickets.Tickets;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.StaffCredentials;
import org.civicline.testsupport.WaitUntil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in, roles, and fixing the FAQ: a draft nobody sees, publishing that the
 * golden set can hold back, pulling an answer at once, rolling back, the audit log.
 */
@CivicLineIntegrationTest
class ConsoleIntegrationTests {

	static final JsonMapper json = JsonMapper.builder().build();

	static final HttpClient http = HttpClient.newHttpClient();

	static final String EDITOR = "edna-editor";

	static final String PUBLISHER = "pablo-publisher";

	static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@BeforeEach
	void staffAccounts() throws Exception {
		assertThat(call("POST", "/api/v1/admin/users", StaffCredentials.admin(),
				"{\"username\":\"" + EDITOR + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"editor\"}")
			.statusCode()).isEqualTo(200);
		assertThat(call("POST", "/api/v1/admin/users", StaffCredentials.admin(),
				"{\"username\":\"" + PUBLISHER + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"PUBLISHER\"}")
			.statusCode()).isEqualTo(200);
	}

	@Nested
	class SigningIn {

		@Test
		void theConsoleSendsAnonymousVisitorsToTheSignInPage() throws Exception {
			HttpResponse<String> console = call("GET", "/console", null, null);
			assertThat(console.statusCode()).isEqualTo(302);
			assertThat(console.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
			assertThat(call("GET", "/console/console.js", null, null).statusCode()).isEqualTo(302);
			HttpResponse<String> login = call("GET", "/login", null, null);
			assertThat(login.body()).contains("type=\"password\"").contains("name=\"_csrf\"");
		}

		@Test
		void theAdminApiAnswersNobodyWithoutCredentials() throws Exception {
			assertThat(call("GET", "/api/v1/admin/tickets", null, null).statusCode()).isEqualTo(401);
			assertThat(call("GET", "/api/v1/admin/tickets", StaffCredentials.basic("nobody", "wrong-password-1"), null)
				.statusCode()).isEqualTo(401);
			assertThat(call("GET", "/api/v1/admin/tickets", StaffCredentials.admin(), null).statusCode())
				.isEqualTo(200);
		}

		@Test
		void aStaffMemberSignsInWithTheFormAndTheConsoleNeedsItsCsrfToken() throws Exception {
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
			assertThat(token.find()).isTrue();
			HttpResponse<String> wrong = browser.send(
					form("/login",
							"username=" + EDITOR + "&password=nope&_csrf="
									+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)),
					HttpResponse.BodyHandlers.ofString());
			assertThat(wrong.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).contains("error"));

			page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
			token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
			assertThat(token.find()).isTrue();
			HttpResponse<String> signedIn = browser.send(
					form("/login",
							"username=" + EDITOR + "&password=" + PASSWORD + "&_csrf="
									+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)),
					HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/console"));

			HttpResponse<String> console = browser.send(HttpRequest.newBuilder(uri("/console")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(console.statusCode()).isEqualTo(200);
			assertThat(console.body()).contains("console.js");
			HttpResponse<String> withoutToken = browser
				.send(HttpRequest.newBuilder(uri("/api/v1/admin/faq/x-test/draft"))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString("{}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(withoutToken.statusCode()).isEqualTo(403);
		}

		@Test
		void sigInsAndChangesAreInTheAuditLog() throws Exception {
			call("POST", "/api/v1/admin/tickets/999999/status", StaffCredentials.admin(), "{\"status\":\"closed\"}");
			String log = call("GET", "/api/v1/admin/audit", StaffCredentials.admin(), null).body();
			assertThat(log).contains("/api/v1/admin/tickets/999999/status")
				.contains(CivicLineIntegrationTest.ADMIN_USER);
			assertThat(call("GET", "/api/v1/admin/audit", editor(), null).statusCode()).isEqualTo(403);
		}

	}

	@Nested
	class Roles {

		@Test
		void anEditorDraftsButCannotPublishRunEmergenciesOrManageStaff() throws Exception {
			assertThat(call("PUT", "/api/v1/admin/faq/role-check-entry/draft", editor(),
					entry("Role check", "role check question"))
				.statusCode()).isEqualTo(200);
			assertThat(call("POST", "/api/v1/admin/faq/role-check-entry/publish", editor(), "{}").statusCode())
				.isEqualTo(403);
			assertThat(call("POST", "/api/v1/admin/faq/role-check-entry/unpublish", editor(), null).statusCode())
				.isEqualTo(403);
			assertThat(call("DELETE", "/api/v1/admin/emergency", editor(), null).statusCode()).isEqualTo(403);
			assertThat(call("GET", "/api/v1/admin/users", editor(), null).statusCode()).isEqualTo(403);
			assertThat(call("GET", "/api/v1/admin/users", publisher(), null).statusCode()).isEqualTo(403);
			assertThat(call("DELETE", "/api/v1/admin/faq/role-check-entry/draft", editor(), null).statusCode())
				.isEqualTo(204);
		}

		@Test
		void aSwitchedOffAccountNoLongerGetsIn() throws Exception {
			call("POST", "/api/v1/admin/users", StaffCredentials.admin(),
					"{\"username\":\"leaving\",\"password\":\"" + PASSWORD + "\",\"role\":\"EDITOR\"}");
			assertThat(call("GET", "/api/v1/admin/faq", StaffCredentials.basic("leaving", PASSWORD), null).statusCode())
				.isEqualTo(200);
			assertThat(call("DELETE", "/api/v1/admin/users/leaving", StaffCredentials.admin(), null).statusCode())
				.isEqualTo(204);
			assertThat(call("GET", "/api/v1/admin/faq", StaffCredentials.basic("leaving", PASSWORD), null).statusCode())
				.isEqualTo(401);
		}

		@Test
		void aWeakPasswordIsRefusedWithTheReason() throws Exception {
			HttpResponse<String> refused = call("POST", "/api/v1/admin/users", StaffCredentials.admin(),
					"{\"username\":\"weak\",\"password\":\"short\",\"role\":\"EDITOR\"}");
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("at least 12");
		}

	}

	@Nested
	class FixingTheFaq {

		@Test
		void aDraftIsPublishedHeldBackByTheGoldenSetPulledAndRolledBack() throws Exception {
			String id = "lantern-festival";
			String question = "what route does the lantern festival parade take";
			call("PUT", "/api/v1/admin/faq/" + id + "/draft", editor(),
					entry("Lantern festival parade route", "lantern festival parade route"));
			assertThat(askedFaq(question)).isNotEqualTo(id);

			HttpResponse<String> published = call("POST", "/api/v1/admin/faq/" + id + "/publish", publisher(), "{}");
			assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
			awaitFirstAnswer(question, id);

			HttpResponse<String> golden = call("POST", "/api/v1/admin/faq-golden", editor(),
					"{\"question\":\"" + question + "\",\"entryId\":\"" + id + "\"}");
			assertThat(golden.statusCode()).isEqualTo(201);
			long goldenId = json.readTree(golden.body()).get("id").asLong();
			try {
				call("PUT", "/api/v1/admin/faq/" + id + "/draft", editor(),
						entry("Ferry timetable to the islands", "ferry timetable islands crossing"));
				HttpResponse<String> held = call("POST", "/api/v1/admin/faq/" + id + "/publish", publisher(), "{}");
				assertThat(held.statusCode()).isEqualTo(409);
				assertThat(held.body()).contains(question);
				awaitFirstAnswer(question, id);

				HttpResponse<String> overridden = call("POST", "/api/v1/admin/faq/" + id + "/publish", publisher(),
						"{\"override\":true}");
				assertThat(overridden.statusCode()).isEqualTo(200);
				JsonNode history = json
					.readTree(call("GET", "/api/v1/admin/faq/" + id + "/history", editor(), null).body());
				assertThat(history.get(0).get("action").asString()).isEqualTo("publish-override");
				assertThat(history.get(1).get("content").get("title").asString())
					.isEqualTo("Lantern festival parade route");

				HttpResponse<String> rolledBack = call("POST", "/api/v1/admin/faq/" + id + "/rollback", publisher(),
						"{\"version\":" + history.get(1).get("version").asInt() + "}");
				assertThat(rolledBack.statusCode()).isEqualTo(200);
				awaitFirstAnswer(question, id);
				assertThat(json.readTree(call("GET", "/api/v1/admin/faq/" + id, editor(), null).body())
					.get("live")
					.get("title")
					.asString()).isEqualTo("Lantern festival parade route");

				assertThat(call("POST", "/api/v1/admin/faq/" + id + "/unpublish", publisher(), null).statusCode())
					.isEqualTo(204);
				awaitFirstAnswer(question, null);
			}
			finally {
				call("DELETE", "/api/v1/admin/faq-golden/" + goldenId, editor(), null);
			}
		}

		@Test
		void aBadEntryIsRefusedWithTheFieldToFix() throws Exception {
			HttpResponse<String> refused = call("PUT", "/api/v1/admin/faq/Bad Id!/draft".replace(" ", "%20"), editor(),
					entry("x", "q"));
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("id must be");
			HttpResponse<String> noAnswer = call("PUT", "/api/v1/admin/faq/no-answer/draft", editor(),
					"{\"title\":\"T\",\"answer\":\"\",\"shortAnswer\":\"s\",\"questions\":[\"q\"]}");
			assertThat(noAnswer.body()).contains("answer is required");
		}

		/**
		 * Every instance re-indexes once a change commits, so the answer changes within
		 * seconds, not within the call.
		 */
		private void awaitFirstAnswer(String question, String expected) {
			WaitUntil.value("the first answer to " + question + " to be " + expected, Duration.ofSeconds(10),
					() -> askedFaq(question),
					(first) -> (expected == null) ? !"lantern-festival".equals(first) : expected.equals(first));
		}

		private String askedFaq(String question) throws Exception {
			HttpResponse<String> analyzed = call("POST", "/api/v1/analyze", null,
					"{\"text\":" + json.writeValueAsString(question) + "}");
			JsonNode faq = json.readTree(analyzed.body()).get("faq");
			return faq.isEmpty() ? null : faq.get(0).get("id").asString();
		}

	}

	@Nested
	class Erasing {

		@Test
		void anAdminErasesAResidentsDataAndOnlyAnAdminMay() throws Exception {
			String body = "{\"channel\":\"telegram\",\"address\":\"99001\"}";
			assertThat(call("POST", "/api/v1/admin/erasures", editor(), body).statusCode()).isEqualTo(403);
			assertThat(call("POST", "/api/v1/admin/erasures", publisher(), body).statusCode()).isEqualTo(403);
			HttpResponse<String> erased = call("POST", "/api/v1/admin/erasures", StaffCredentials.admin(), body);
			assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
			assertThat(json.readTree(erased.body()).get("erased").asInt()).isNotNegative();
			HttpResponse<String> refused = call("POST", "/api/v1/admin/erasures", StaffCredentials.admin(),
					"{\"channel\":\"fax\",\"address\":\"1\"}");
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("channel must be one of");
		}

	}

	@Nested
	class TheFaqInSpanish {

		@Test
		void publishersKeepTheSpanishTextAndAnEnglishChangeMarksItStaleUntilReviewed() throws Exception {
			String id = "ferry-timetable";
			call("PUT", "/api/v1/admin/faq/" + id + "/draft", editor(),
					entry("Ferry timetable to the islands", "ferry timetable islands crossing"));
			assertThat(call("POST", "/api/v1/admin/faq/" + id + "/publish", publisher(), "{\"override\":true}")
				.statusCode()).isEqualTo(200);
			try {
				assertThat(state(id)).isEqualTo("missing");
				String spanish = """
						{"title":"Horario del ferri a las islas","answer":"El ferri a las islas sale cada hora.",
						 "shortAnswer":"El ferri sale cada hora.","questions":["horario del ferri a las islas"]}""";
				assertThat(call("PUT", "/api/v1/admin/faq/" + id + "/translations/es", editor(), spanish).statusCode())
					.isEqualTo(403);
				assertThat(call("PUT", "/api/v1/admin/faq/" + id + "/translations/es/draft", editor(), spanish)
					.statusCode()).isEqualTo(200);
				assertThat(state(id)).isEqualTo("missing");
				assertThat(call("POST", "/api/v1/admin/faq/" + id + "/translations/es/publish", editor(), null)
					.statusCode()).isEqualTo(403);
				HttpResponse<String> saved = call("POST", "/api/v1/admin/faq/" + id + "/translations/es/publish",
						publisher(), null);
				assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
				assertThat(state(id)).isEqualTo("current");
				assertThat(
						call("PUT", "/api/v1/admin/faq/" + id + "/translations/es", publisher(), spanish).statusCode())
					.isEqualTo(200);

				call("PUT", "/api/v1/admin/faq/" + id + "/draft", editor(),
						entry("Ferry timetable to the islands", "ferry timetable islands crossing summer"));
				call("POST", "/api/v1/admin/faq/" + id + "/publish", publisher(), "{\"override\":true}");
				assertThat(state(id)).isEqualTo("stale");
				JsonNode listed = json
					.readTree(call("GET", "/api/v1/admin/faq/translations/es", editor(), null).body());
				assertThat(listed.get(0).get("state").asString()).isEqualTo("stale");

				assertThat(call("POST", "/api/v1/admin/faq/" + id + "/translations/es/reviewed", editor(), null)
					.statusCode()).isEqualTo(403);
				assertThat(call("POST", "/api/v1/admin/faq/" + id + "/translations/es/reviewed", publisher(), null)
					.statusCode()).isEqualTo(200);
				assertThat(state(id)).isEqualTo("current");
			}
			finally {
				call("POST", "/api/v1/admin/faq/" + id + "/unpublish", publisher(), null);
			}
		}

		@Test
		void aTranslationWithoutAnAnswerIsRefusedWithTheFieldToFix() throws Exception {
			HttpResponse<String> refused = call("PUT", "/api/v1/admin/faq/lost-and-found/translations/es", publisher(),
					"{\"title\":\"Objetos perdidos\",\"answer\":\"\",\"shortAnswer\":\"x\"}");
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("answer is required");
			assertThat(call("GET", "/api/v1/admin/faq/lost-and-found/translations/fr", editor(), null).statusCode())
				.isEqualTo(400);
		}

		private String state(String id) throws Exception {
			return json.readTree(call("GET", "/api/v1/admin/faq/" + id + "/translations/es", editor(), null).body())
				.get("state")
				.asString();
		}

	}

	@Nested
	class Dashboard {

		@Test
		void staffSeeWhatResidentsAskedWithoutTheirWords() throws Exception {
			call("POST", "/api/v1/chat", null, "{\"text\":\"what day is my garbage picked up\"}");
			JsonNode dashboard = json.readTree(call("GET", "/api/v1/admin/dashboard", editor(), null).body());
			assertThat(dashboard.get("messages").asLong()).isPositive();
			assertThat(dashboard.get("conversations").get("topTopics").toString()).contains("trash-collection-day");
			assertThat(dashboard.get("answerRate").asDouble()).isBetween(0.0, 1.0);
		}

		@Test
		void ticketsAndSubscriptionsAreCountedInTheStore(@Autowired Tickets tickets,
				@Autowired AlertSubscriptions subscriptions) throws Exception {
			JsonNode before = json.readTree(call("GET", "/api/v1/admin/dashboard", editor(), null).body());
			tickets.file(new NewTicket("graffiti", "Tags on the bus shelter", "12 Dashboard Way", null, null, Map.of(),
					"web", "dashboard-test", null));
			subscriptions.optOut(new ConsentStep("sms", "+15550139911", "STOP", null, "en"));

			JsonNode after = json.readTree(call("GET", "/api/v1/admin/dashboard", editor(), null).body());
			assertThat(openGraffiti(after)).isEqualTo(openGraffiti(before) + 1);
			String today = LocalDate.now(ZoneOffset.UTC).toString();
			assertThat(after.get("subscriptionsPerDay").get(today).toString()).contains("opted-out");
		}

		private long openGraffiti(JsonNode dashboard) {
			JsonNode graffiti = dashboard.get("ticketsByServiceAndStatus").get("graffiti");
			return (graffiti == null || graffiti.get("open") == null) ? 0 : graffiti.get("open").asLong();
		}

		@Test
		void onlyAdminsSeeAndRemoveSubscribers() throws Exception {
			assertThat(call("GET", "/api/v1/admin/subscribers/counts", publisher(), null).statusCode()).isEqualTo(403);
			assertThat(call("GET", "/api/v1/admin/subscribers/counts", StaffCredentials.admin(), null).statusCode())
				.isEqualTo(200);
			HttpResponse<String> unknown = call("POST", "/api/v1/admin/subscribers/remove", StaffCredentials.admin(),
					"{\"channel\":\"sms\",\"address\":\"555-013-0000\",\"reason\":\"asked by phone\"}");
			assertThat(unknown.statusCode()).isEqualTo(404);
			assertThat(unknown.body()).contains("+15550130000");
		}

	}

	@Nested
	class LearningLoop {

		@Test
		void anUnansweredQuestionReachesTheQueueMaskedAndBecomesAnEntrysWording() throws Exception {
			String asked = "can the city lend me a kayak for the regatta, call 555-013-8812";
			call("POST", "/api/v1/chat", null, "{\"text\":" + json.writeValueAsString(asked) + "}");
			JsonNode item = waitForItem("regatta");
			assertThat(item.get("question").asString()).contains("[phone]").doesNotContain("8812");

			HttpResponse<String> added = call("POST",
					"/api/v1/admin/learning/" + item.get("id").asLong() + "/add-to-entry", editor(),
					"{\"entryId\":\"about-311\"}");
			assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
			assertThat(json.readTree(added.body()).get("draft").get("questions").toString()).contains("regatta");
			assertThat(call("GET", "/api/v1/admin/learning", editor(), null).body()).doesNotContain("regatta");
			call("DELETE", "/api/v1/admin/faq/about-311/draft", editor(), null);
		}

		@Test
		void aThumbsDownInTheChatReachesTheQueue() throws Exception {
			String question = "what day is my garbage picked up";
			int before = thumbsDown(question);
			JsonNode answered = json
				.readTree(call("POST", "/api/v1/chat", null, "{\"text\":\"" + question + "\"}").body());
			assertThat(answered.get("faq").asString()).isEqualTo("trash-collection-day");
			call("POST", "/api/v1/chat/feedback", null, "{\"session\":\"" + answered.get("session").asString()
					+ "\",\"message\":" + answered.get("message").get("id").asLong() + ",\"helpful\":false}");
			assertThat(WaitUntil.value("the thumbs down to reach the queue", Duration.ofSeconds(10),
					() -> thumbsDown(question), (now) -> now != before))
				.isEqualTo(before + 1);
		}

		private int thumbsDown(String question) throws Exception {
			int count = 0;
			for (JsonNode item : json.readTree(call("GET", "/api/v1/admin/learning", editor(), null).body())) {
				if (item.get("question").asString().equals(question)
						&& "thumbs-down".equals(item.get("reason").asString())
						&& "trash-collection-day".equals(item.get("faqId").asString())) {
					count++;
				}
			}
			return count;
		}

		private JsonNode waitForItem(String word) {
			return WaitUntil.value("a queue item about " + word, Duration.ofSeconds(10), () -> {
				for (JsonNode item : json.readTree(call("GET", "/api/v1/admin/learning", editor(), null).body())) {
					if (item.get("question").asString().contains(word)) {
						return item;
					}
				}
				return null;
			}, java.util.Objects::nonNull);
		}

	}

	static String entry(String title, String question) {
		return """
				{"title":"%s","answer":"%s: details staff wrote for residents.","shortAnswer":"%s.","questions":["%s"],
				 "tags":["test"],"owner":"Events office","reviewBy":"2020-01-01"}
				""".formatted(title, title, title, question);
	}

	static String editor() {
		return StaffCredentials.basic(EDITOR, PASSWORD);
	}

	static String publisher() {
		return StaffCredentials.basic(PUBLISHER, PASSWORD);
	}

	HttpResponse<String> call(String method, String path, String authorization, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest form(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
