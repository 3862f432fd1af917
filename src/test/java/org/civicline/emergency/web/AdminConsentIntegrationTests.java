package org.civicline.emergency.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.StaffCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff export the consent ledger; nobody else reads it. */
@CivicLineIntegrationTest
class AdminConsentIntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	AlertSubscriptions subscriptions;

	@Test
	void onlyStaffReadTheLedger() throws Exception {
		assertThat(get("/api/v1/admin/alerts/consent.csv", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/admin/alerts/consent", StaffCredentials.basic("staff", "wrong")).statusCode())
			.isEqualTo(401);
	}

	@Test
	void theCsvHoldsEveryStepWithTheExactWords() throws Exception {
		this.subscriptions.requestSignUp(new ConsentStep("sms", "+16175550900", "ALERTS 02134", "02134", "en"));
		this.subscriptions.optOut(new ConsentStep("sms", "+16175550900", "=HYPERLINK(\"x\") stop", null, "en"));
		HttpResponse<String> csv = get("/api/v1/admin/alerts/consent.csv", StaffCredentials.admin());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body()).startsWith("id,channel,address,action,words,zone,language,recorded_at")
			.contains("\"+16175550900\",\"requested\",\"ALERTS 02134\",\"02134\",\"en\"")
			// A spreadsheet must never run a resident's words as a formula.
			.contains("\"opted-out\",\"'=HYPERLINK(\"\"x\"\") stop\"");
		HttpResponse<String> json = get("/api/v1/admin/alerts/consent", StaffCredentials.admin());
		assertThat(json.body()).contains("\"action\":\"requested\"").contains("\"words\":\"ALERTS 02134\"");
	}

	HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
