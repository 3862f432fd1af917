package org.civicline.tickets;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.StaffCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff change a request's status over the admin API; nobody else can. */
@CivicLineIntegrationTest
class AdminTicketsIntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Tickets tickets;

	@Test
	void anonymousCallersAndWrongPasswordsAreRefused() throws Exception {
		Ticket ticket = fileOne();
		assertThat(changeStatus(ticket.number(), null).statusCode()).isEqualTo(401);
		assertThat(changeStatus(ticket.number(), StaffCredentials.basic(CivicLineIntegrationTest.ADMIN_USER, "wrong"))
			.statusCode()).isEqualTo(401);
		assertThat(this.tickets.findByNumber(ticket.number()).orElseThrow().status()).isEqualTo("open");
	}

	@Test
	void staffCloseARequestAndTheResidentSeesItInStatus() throws Exception {
		Ticket ticket = fileOne();
		HttpResponse<String> closed = changeStatus(ticket.number(), StaffCredentials.admin());
		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(closed.body()).contains("\"status\":\"closed\"");

		HttpResponse<String> status = post("/api/v1/chat",
				"{\"session\":\"resident-session-9\",\"text\":\"status " + ticket.number() + "\"}", null);
		assertThat(status.body()).contains("CLOSED");
	}

	@Test
	void anUnknownRequestOrStatusIsAClearError() throws Exception {
		assertThat(changeStatus("99999999", StaffCredentials.admin()).statusCode()).isEqualTo(404);
		HttpResponse<String> bad = post("/api/v1/admin/tickets/" + fileOne().number() + "/status",
				"{\"status\":\"vanished\"}", StaffCredentials.admin());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"error\"");
	}

	private Ticket fileOne() {
		return this.tickets.file(new NewTicket("pothole", "Deep pothole", "9 Test St", null, null, Map.of(), "web",
				"resident-session-9", null));
	}

	private HttpResponse<String> changeStatus(String number, String authorization) throws Exception {
		return post("/api/v1/admin/tickets/" + number + "/status", "{\"status\":\"closed\",\"note\":\"Patched\"}",
				authorization);
	}

	private HttpResponse<String> post(String path, String json, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
