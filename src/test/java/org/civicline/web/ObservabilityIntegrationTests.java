package org.civicline.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.StaffCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a load balancer, Prometheus and an API client see of CivicLine. */
@CivicLineIntegrationTest
class ObservabilityIntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void readinessAndLivenessAnswerForTheLoadBalancer() throws Exception {
		assertThat(get("/actuator/health/readiness", null).body()).contains("\"UP\"");
		assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
	}

	@Test
	void metricsCountMessagesByChannelAndKindForStaffOnly() throws Exception {
		http.send(HttpRequest.newBuilder(uri("/api/v1/chat"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"what day is my garbage picked up\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		HttpResponse<String> metrics = get("/actuator/prometheus", StaffCredentials.admin());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("civicline_messages_total{")
			.contains("channel=\"web\"")
			.contains("kind=\"answer\"")
			.contains("civicline_message_latency_seconds_bucket")
			.contains("civicline_alerts_backlog");
	}

	@Test
	void theOpenApiDescriptionCoversThePublicAndAdminApis() throws Exception {
		String description = get("/v3/api-docs", null).body();
		assertThat(description).contains("\"/api/v1/chat\"")
			.contains("\"/api/v1/admin/faq\"")
			.contains("\"/api/v1/emergency\"");
	}

	@Test
	void theApisAnswerInJsonAndOnlyInJson() throws Exception {
		HttpRequest.Builder analyze = HttpRequest.newBuilder(uri("/api/v1/analyze"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"pothole on elm street\"}"));
		HttpResponse<String> json = http.send(analyze.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		HttpResponse<String> xml = http.send(analyze.header("Accept", "application/xml").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(xml.statusCode()).isEqualTo(406);
		assertThat(xml.body()).doesNotContain("<");
	}

	HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
