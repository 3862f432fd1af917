package org.civicline.emergency.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.civicline.emergency.EmergencyMode;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.StaffCredentials;
import org.civicline.testsupport.WaitUntil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff switch emergency mode on, update it and off over HTTP, and residents see the
 * guidance pinned ahead of their answers.
 */
@CivicLineIntegrationTest
class EmergencyModeIntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.builder().build();

	static final String HURRICANE = """
			{"hazard": "hurricane", "phase": "before", "headline": "Hurricane Ada watch",
			 "guidanceShort": "Hurricane Ada may arrive Thursday: know your zone, pack a go-bag, charge phones.",
			 "guidanceLong": "Hurricane Ada may arrive Thursday. Look up your evacuation zone, pack a go-bag and charge phones.",
			 "faqIds": ["hurricane-preparedness", "evacuation", "emergency-shelters"], "scope": "city",
			 "reason": "Hurricane watch issued for the coast"}""";

	@LocalServerPort
	int port;

	@Autowired
	EmergencyMode mode;

	@AfterEach
	void switchOff() {
		this.mode.end("test", "test over");
	}

	@Test
	void nobodyButStaffSwitchesItOn() throws Exception {
		assertThat(send("POST", "/api/v1/admin/emergency", HURRICANE, null).statusCode()).isEqualTo(401);
		assertThat(send("DELETE", "/api/v1/admin/emergency", null, null).statusCode()).isEqualTo(401);
		assertThat(status().get("active").asBoolean()).isFalse();
	}

	@Test
	void staffSwitchItOnUpdateItAndOffAndEveryChangeIsAudited() throws Exception {
		HttpResponse<String> on = send("POST", "/api/v1/admin/emergency", HURRICANE, StaffCredentials.admin());
		assertThat(on.statusCode()).isEqualTo(201);
		JsonNode active = status();
		assertThat(active.get("active").asBoolean()).isTrue();
		assertThat(active.get("headline").asString()).isEqualTo("Hurricane Ada watch");
		assertThat(active.get("scope").asString()).isEqualTo("city");
		assertThat(OffsetDateTime.parse(active.get("expiresAt").asString()))
			.isAfter(OffsetDateTime.now().plusHours(71));
		long first = active.get("version").asLong();

		HttpResponse<String> update = send("POST", "/api/v1/admin/emergency",
				HURRICANE.replace("\"before\"", "\"during\"").replace("\"city\"", "{\"zones\": [\"A\", \"B\"]}"),
				StaffCredentials.admin());
		assertThat(update.statusCode()).isEqualTo(200);
		JsonNode updated = status();
		assertThat(updated.get("phase").asString()).isEqualTo("during");
		assertThat(updated.get("version").asLong()).isGreaterThan(first);
		assertThat(updated.get("scope").get("zones").get(1).asString()).isEqualTo("B");

		assertThat(send("DELETE", "/api/v1/admin/emergency", null, StaffCredentials.admin()).statusCode())
			.isEqualTo(200);
		assertThat(status().get("active").asBoolean()).isFalse();
		assertThat(this.mode.audit()).extracting(EmergencyMode.AuditEntry::action)
			.startsWith("deactivated", "updated", "activated");
		assertThat(this.mode.audit().get(2).actor()).isEqualTo(CivicLineIntegrationTest.ADMIN_USER);
		assertThat(this.mode.audit().get(2).details()).contains("Hurricane watch issued");
	}

	@Test
	void aBadDeclarationIsRefusedWithTheReasonAndChangesNothing() throws Exception {
		HttpResponse<String> refused = send("POST", "/api/v1/admin/emergency",
				HURRICANE.replace("\"hurricane\"", "\"zombies\""), StaffCredentials.admin());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("hazard must be one of");
		assertThat(send("POST", "/api/v1/admin/emergency", HURRICANE.replace("\"city\"", "{\"zones\": []}"),
				StaffCredentials.admin())
			.body()).contains("scope must be");
		assertThat(send("POST", "/api/v1/admin/emergency",
				HURRICANE.replace("\"scope\"", "\"expiresAt\": \"2001-01-01T00:00:00Z\", \"scope\""),
				StaffCredentials.admin())
			.body()).contains("expiresAt must be after the start");
		assertThat(status().get("active").asBoolean()).isFalse();
	}

	@Test
	void itSwitchesItselfOffAtItsExpiry() throws Exception {
		String soon = OffsetDateTime.now().plusSeconds(2).toString();
		send("POST", "/api/v1/admin/emergency",
				HURRICANE.replace("\"scope\"", "\"expiresAt\": \"" + soon + "\", \"scope\""), StaffCredentials.admin());
		assertThat(status().get("active").asBoolean()).isTrue();
		WaitUntil.holds("the mode to switch itself off", Duration.ofSeconds(15),
				() -> !status().get("active").asBoolean());
		assertThat(this.mode.audit().get(0).action()).isEqualTo("expired");
	}

	@Test
	void aDeclarationForLaterTakesEffectAtItsStart() throws Exception {
		String start = OffsetDateTime.now().plusSeconds(2).toString();
		HttpResponse<String> scheduled = send("POST", "/api/v1/admin/emergency",
				HURRICANE.replace("\"scope\"", "\"startsAt\": \"" + start + "\", \"scope\""), StaffCredentials.admin());
		assertThat(scheduled.body()).contains("\"scheduled\":true");
		assertThat(status().get("active").asBoolean()).isFalse();
		WaitUntil.holds("the scheduled mode to start", Duration.ofSeconds(15),
				() -> status().get("active").asBoolean());
		assertThat(this.mode.audit().get(0).action()).isEqualTo("scheduled");
	}

	@Test
	void residentsSeeTheGuidanceOnceAndTheShelterAnswer() throws Exception {
		send("POST", "/api/v1/admin/emergency", HURRICANE, StaffCredentials.admin());
		String first = chat("emergency-it-1", "when is trash pickup on my street");
		String second = chat("emergency-it-1", "and what about recycling");
		String shelters = chat("emergency-it-2", "where are the shelters");
		assertThat(first).contains("Hurricane Ada watch");
		assertThat(second).doesNotContain("Hurricane Ada");
		assertThat(shelters).contains("Hurricane Ada").containsIgnoringCase("shelter");
	}

	@Test
	void theStatusIsPublicAndCacheable() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/emergency", null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=15").contains("public"));
	}

	String chat(String session, String text) throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/chat",
				"{\"session\": \"" + session + "\", \"text\": \"" + text + "\"}", null);
		return json.readTree(response.body()).get("reply").asString();
	}

	JsonNode status() throws Exception {
		return json.readTree(send("GET", "/api/v1/emergency", null, null).body());
	}

	HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
