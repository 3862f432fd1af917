package org.civicline.tickets;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.StaffCredentials;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff issue an Open311 key, a partner files with it, and a revoked key stops working.
 */
@CivicLineIntegrationTest
class AdminOpen311KeysIntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void anIssuedKeyFilesRequestsUntilItIsRevoked() throws Exception {
		assertThat(send("POST", "/api/v1/admin/open311/keys", "{\"label\": \"x\"}", null).statusCode()).isEqualTo(401);
		HttpResponse<String> issued = send("POST", "/api/v1/admin/open311/keys", "{\"label\": \"Neighbourhood app\"}",
				StaffCredentials.admin());
		assertThat(issued.statusCode()).isEqualTo(201);
		JsonNode key = JsonMapper.builder().build().readTree(issued.body());
		String apiKey = key.get("key").asString();

		assertThat(file(apiKey).statusCode()).isEqualTo(201);
		assertThat(send("GET", "/api/v1/admin/open311/keys", null, StaffCredentials.admin()).body())
			.contains("Neighbourhood app")
			.contains(apiKey.substring(0, 6))
			.doesNotContain(apiKey);

		assertThat(
				send("DELETE", "/api/v1/admin/open311/keys/" + key.get("id").asLong(), null, StaffCredentials.admin())
					.statusCode())
			.isEqualTo(204);
		assertThat(file(apiKey).statusCode()).isEqualTo(403);
	}

	@Test
	void aKeyNeedsALabel() throws Exception {
		HttpResponse<String> refused = send("POST", "/api/v1/admin/open311/keys", "{\"label\": \" \"}",
				StaffCredentials.admin());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("label is required");
	}

	HttpResponse<String> file(String apiKey) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/open311/v2/requests.json"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("api_key=" + apiKey
						+ "&service_code=pothole&address_string=12+Quay+Street&description=Deep+pothole"))
				.build(), HttpResponse.BodyHandlers.ofString());
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
