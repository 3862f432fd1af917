package org.civicline.webchat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.StaffCredentials;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat and analyze APIs and the chat page, spoken to over real HTTP as a browser
 * would.
 */
@CivicLineIntegrationTest
class ChatApiIntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Nested
	class Chatting {

		@Test
		void answersAResidentsQuestionFromTheSeedFaq() throws Exception {
			Response response = post("/api/v1/chat",
					"{\"session\":\"test-session-1\",\"text\":\"what day is my garbage picked up\"}");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().get("kind").asString()).isEqualTo("answer");
			assertThat(response.body().get("faq").asString()).isEqualTo("trash-collection-day");
			assertThat(response.body().get("reply").asString()).isNotBlank();
			assertThat(response.body().get("session").asString()).isEqualTo("test-session-1");
		}

		@Test
		void givesAFirstMessageWithoutASessionOneToKeep() throws Exception {
			Response response = post("/api/v1/chat", "{\"text\":\"where is my towed car\"}");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().get("session").asString()).hasSizeGreaterThanOrEqualTo(8);
		}

		@Test
		void saysSoWhenTheFaqHasNoAnswer() throws Exception {
			Response response = post("/api/v1/chat",
					"{\"session\":\"test-session-2\",\"text\":\"recommend a sushi restaurant for my anniversary\"}");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().get("kind").asString()).isEqualTo("unknown");
		}

		@Test
		void aResidentAsksForACallBackAndStaffSeeIt() throws Exception {
			Response asked = post("/api/v1/chat",
					"{\"session\":\"test-session-7\",\"text\":\"can i talk to a real person\"}");
			assertThat(asked.body().get("reply").asString()).contains("CALL ME");
			Response called = post("/api/v1/chat",
					"{\"session\":\"test-session-7\",\"text\":\"CALL ME 555-013-4477 weekday mornings\"}");
			assertThat(called.body().get("reply").asString()).contains("555-013-4477").contains("weekday mornings");

			HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/callbacks")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(anonymous.statusCode()).isEqualTo(401);
			HttpResponse<String> staff = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/callbacks"))
				.header("Authorization", StaffCredentials.admin())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(staff.statusCode()).isEqualTo(200);
			assertThat(staff.body()).contains("555-013-4477").contains("weekday mornings");
			JsonNode request = null;
			for (JsonNode waiting : json.readTree(staff.body())) {
				if ("555-013-4477".equals(waiting.get("phone").asString())) {
					request = waiting;
				}
			}
			assertThat(request).as(staff.body()).isNotNull();
			assertThat(request.get("message").asString()).isEqualTo("can i talk to a real person");
			assertThat(request.get("conversation").findValuesAsString("text")).contains("can i talk to a real person",
					"CALL ME 555-013-4477 weekday mornings");
		}

		@Test
		void servesTheDemoCityPageWithTheWidget() throws Exception {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<script src=\"widget.js\"");
			assertThat(page.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((policy) -> assertThat(policy).contains("object-src 'none'"));

			HttpResponse<String> widget = http.send(HttpRequest.newBuilder(uri("/widget.js")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(widget.statusCode()).isEqualTo(200);
			assertThat(widget.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).contains("javascript"));
		}

	}

	@Nested
	class InSpanish {

		@Test
		void aChatInSpanishIsAnsweredInSpanishAndSaysSo() throws Exception {
			Response response = post("/api/v1/chat",
					"{\"session\":\"es-session-1\",\"language\":\"es\",\"text\":\"¿cómo pago una multa de estacionamiento?\"}");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().get("kind").asString()).isEqualTo("answer");
			assertThat(response.body().get("faq").asString()).isEqualTo("parking-ticket-pay-appeal");
			assertThat(response.body().get("language").asString()).isEqualTo("es");
			assertThat(response.body().get("reply").asString()).contains("multa");
		}

		@Test
		void theWidgetsLanguageIsTheHintForWordsThatTellNeither() throws Exception {
			Response response = post("/api/v1/chat",
					"{\"session\":\"es-session-2\",\"language\":\"es\",\"text\":\"hola\"}");
			assertThat(response.body().get("language").asString()).isEqualTo("es");
			assertThat(response.body().get("reply").asString()).startsWith("¡Hola!");
		}

		@Test
		void aResidentWhoWritesEnglishInTheSpanishWidgetIsAnsweredInEnglish() throws Exception {
			Response response = post("/api/v1/chat",
					"{\"session\":\"es-session-3\",\"language\":\"es\",\"text\":\"how do I pay a parking ticket?\"}");
			assertThat(response.body().get("language").asString()).isEqualTo("en");
		}

		@Test
		void aSpanishTextIsAnalyzedWithNoLanguageGiven() throws Exception {
			Response response = post("/api/v1/analyze",
					"{\"text\":\"hay un bache enorme frente al 200 de la calle Main\"}");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().get("intent").asString()).isEqualTo("report");
			assertThat(response.body().get("service").asString()).isEqualTo("pothole");
		}

	}

	@Nested
	class Analyzing {

		@Test
		void followsTheEvaluationContract() throws Exception {
			Response response = post("/api/v1/analyze",
					"{\"text\":\"how do I get rid of an old mattress\",\"language\":\"en\"}");
			assertThat(response.status()).isEqualTo(200);
			JsonNode body = response.body();
			assertThat(body.get("intent").asString()).isEqualTo("faq");
			assertThat(body.has("service")).isTrue();
			assertThat(body.get("service").isNull()).isTrue();
			assertThat(body.get("faq").get(0).get("id").asString()).isEqualTo("bulky-furniture");
			assertThat(body.get("faq").size()).isBetween(1, 5);
			assertThat(body.get("confidence").asDouble()).isBetween(0.0, 1.0);
		}

	}

	@Nested
	class RefusingBadInput {

		@Test
		void emptyAndBlankText() throws Exception {
			assertRefused(post("/api/v1/chat", "{\"session\":\"test-session-3\",\"text\":\"\"}"), 400, "empty");
			assertRefused(post("/api/v1/analyze", "{\"text\":\"   \"}"), 400, "empty");
			assertRefused(post("/api/v1/analyze", "{}"), 400, "empty");
		}

		@Test
		void textOverTheLimitPolitely() throws Exception {
			String longText = "a".repeat(100 * 1024);
			assertRefused(post("/api/v1/chat", "{\"session\":\"test-session-4\",\"text\":\"" + longText + "\"}"), 413,
					"too long");
		}

		@Test
		void controlCharacters() throws Exception {
			assertRefused(post("/api/v1/analyze", "{\"text\":\"trash\\u0000day\"}"), 400, "control characters");
		}

		@Test
		void invalidJson() throws Exception {
			assertRefused(post("/api/v1/chat", "{\"text\": "), 400, "not valid JSON");
			assertRefused(post("/api/v1/analyze", "[1,2]"), 400, "not valid JSON");
		}

		@Test
		void aContentTypeOtherThanJson() throws Exception {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/chat"))
				.header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString("when is trash day"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertRefused(new Response(response.statusCode(), json.readTree(response.body())), 415, "application/json");
		}

		@Test
		void aMalformedSession() throws Exception {
			assertRefused(post("/api/v1/chat", "{\"session\":\"<script>\",\"text\":\"hi there\"}"), 400, "session");
		}

		@Test
		void aBodyFarLargerThanAnyMessage() throws Exception {
			String huge = "{\"text\":\"" + "b".repeat(2 * 1024 * 1024) + "\"}";
			assertRefused(post("/api/v1/analyze", huge), 413, "larger");
		}

		private void assertRefused(Response response, int status, String explanation) {
			assertThat(response.status()).isEqualTo(status);
			assertThat(response.body().get("error").asString()).containsIgnoringCase(explanation);
			assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("at org.");
		}

	}

	Response post(String path, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), json.readTree(response.body()));
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	record Response(int status, JsonNode body) {
	}

}
