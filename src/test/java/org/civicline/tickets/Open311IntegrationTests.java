package org.civicline.tickets;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Open311 GeoReport v2 spoken to as a third-party Open311 client would. */
@CivicLineIntegrationTest
class Open311IntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Nested
	class Discovering {

		@Test
		void listsAProductionAndATestEndpointInBothFormats() throws Exception {
			String json = get("/open311/v2/discovery.json").body();
			assertThat(json).contains("\"type\":\"production\"")
				.contains("\"type\":\"test\"")
				.contains("/open311/v2\"");
			Document xml = xml(get("/open311/v2/discovery.xml").body());
			assertThat(xml.getElementsByTagName("endpoint").getLength()).isEqualTo(2);
		}

		@Test
		void servesEveryServiceOfTheCatalogValidAgainstTheSchema() throws Exception {
			String json = get("/open311/v2/services.json").body();
			assertValid(json, "services.json");
			assertThat(json).contains("\"service_code\":\"illegal-parking\"");
			Document xml = xml(get("/open311/v2/services.xml").body());
			assertThat(xml.getElementsByTagName("service").getLength()).isGreaterThanOrEqualTo(20);
		}

		@Test
		void describesAServicesAttributes() throws Exception {
			String json = get("/open311/v2/services/noise.json").body();
			assertValid(json, "service-definition.json");
			assertThat(json).contains("\"datatype\":\"singlevaluelist\"").contains("\"required\":true");
		}

	}

	@Nested
	class Filing {

		@Test
		void aRequestFiledWithAKeyIsServedBackValid() throws Exception {
			HttpResponse<String> filed = post("/open311/v2/requests.json",
					"api_key=" + CivicLineIntegrationTest.OPEN311_KEY + "&service_code=noise&description="
							+ encode("Generator running all night") + "&address_string=" + encode("20 Harbor Rd") + "&"
							+ encode("attribute[source]") + "=other");
			assertThat(filed.statusCode()).isEqualTo(201);
			Matcher id = Pattern.compile("\"service_request_id\":\"(\\d+)\"").matcher(filed.body());
			assertThat(id.find()).isTrue();
			String request = get("/open311/v2/requests/" + id.group(1) + ".json").body();
			assertValid(request, "requests.json");
			assertThat(request).contains("\"status\":\"open\"").contains("\"address\":\"20 Harbor Rd\"");
			Document xml = xml(get("/open311/v2/requests/" + id.group(1) + ".xml").body());
			assertThat(xml.getElementsByTagName("service_code").item(0).getTextContent()).isEqualTo("noise");
			assertThat(get("/open311/v2/requests.json?service_code=noise&status=open").body()).contains(id.group(1));
		}

		@Test
		void withoutAValidKeyNothingIsFiled() throws Exception {
			HttpResponse<String> refused = post("/open311/v2/requests.xml",
					"api_key=wrong&service_code=pothole&description=x&address_string=1+Elm+St");
			assertThat(refused.statusCode()).isEqualTo(403);
			Document xml = xml(refused.body());
			assertThat(xml.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("403");
		}

		@Test
		void badRequestsGetTheSpecsErrorsNotA500() throws Exception {
			String key = "api_key=" + CivicLineIntegrationTest.OPEN311_KEY;
			assertError(post("/open311/v2/requests.json", key + "&service_code=nope&description=x&address_string=a"),
					400, "Unknown service");
			assertError(post("/open311/v2/requests.json", key + "&service_code=pothole&description=x"), 400,
					"location");
			assertError(post("/open311/v2/requests.json", key + "&service_code=noise&description=x&address_string=a"),
					400, "source");
			assertError(
					post("/open311/v2/requests.json",
							key + "&service_code=pothole&address_string=a&description=" + "x".repeat(4001)),
					400, "too long");
			assertError(post("/open311/v2/requests.json", key + "&service_code=pothole&description=x&lat=north&long=1"),
					400, "lat");
			assertError(get("/open311/v2/requests/123456789.json"), 404, "No service request");
			assertError(get("/open311/v2/services/nope.json"), 404, "No service");
		}

		@Test
		void aBrokenPercentEscapeIsTheClientsErrorInEitherFormat() throws Exception {
			assertError(post("/open311/v2/requests.json", "api_key=x&a=%zz"), 400, "could not be decoded");
			HttpResponse<String> xml = post("/open311/v2/requests.xml", "a=%zz&service_code=pothole");
			assertThat(xml.statusCode()).isEqualTo(400);
			assertThat(xml(xml.body()).getElementsByTagName("description").item(0).getTextContent())
				.contains("could not be decoded");
		}

		@Test
		void aControlCharacterInAParameterIsTheClientsErrorToo() throws Exception {
			assertError(
					post("/open311/v2/requests.json",
							"api_key=" + CivicLineIntegrationTest.OPEN311_KEY + "&serv%00ice=pothole"),
					400, "not allowed");
		}

		private void assertError(HttpResponse<String> response, int status, String description) {
			assertThat(response.statusCode()).isEqualTo(status);
			assertThat(response.body()).startsWith("[{\"code\":" + status).contains(description);
		}

	}

	@Nested
	class ToTheLetter {

		@ParameterizedTest
		@ValueSource(strings = { "/open311/v2/discovery", "/open311/v2/services", "/open311/v2/services/pothole",
				"/open311/v2/requests", "/open311/v2/requests/1", "/open311/v2/services/nope",
				"/open311/v2/tokens/nope" })
		void everyXmlIsTextXmlInUtf8AndEveryJsonIsApplicationJson(String path) throws Exception {
			assertThat(get(path + ".xml").headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
				.isEqualToIgnoringCase("text/xml;charset=utf-8");
			assertThat(get(path + ".json").headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/json");
		}

		@Test
		void filingAndItsErrorsAreTypedTheSameWay() throws Exception {
			String key = "api_key=" + CivicLineIntegrationTest.OPEN311_KEY;
			String form = key + "&service_code=pothole&description=deep+hole&address_string=1+Elm+St";
			assertThat(post("/open311/v2/requests.xml", form).headers().firstValue("Content-Type").orElseThrow())
				.isEqualToIgnoringCase("text/xml;charset=utf-8");
			assertThat(post("/open311/v2/requests.json", form).headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/json");
			assertThat(post("/open311/v2/requests.xml", "service_code=pothole").headers()
				.firstValue("Content-Type")
				.orElseThrow()).isEqualToIgnoringCase("text/xml;charset=utf-8");
		}

		@Test
		void theServiceListAgreesInBothFormats() throws Exception {
			Document xml = xml(get("/open311/v2/services.xml").body());
			String json = get("/open311/v2/services.json").body();
			var codes = xml.getElementsByTagName("service_code");
			assertThat(codes.getLength()).isGreaterThanOrEqualTo(20);
			for (int i = 0; i < codes.getLength(); i++) {
				assertThat(json).contains("\"service_code\":\"" + codes.item(i).getTextContent() + "\"");
			}
			assertThat(json.split("\"service_code\"").length - 1).isEqualTo(codes.getLength());
		}

	}

	static void assertValid(String json, String schema) throws Exception {
		String shared = System.getProperty("civicline.shared");
		if (shared == null || shared.isBlank()) {
			return;
		}
		URI location = Path.of(shared, "open311", schema).toAbsolutePath().toUri();
		Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
			.getSchema(location)
			.validate(new ObjectMapper().readTree(json));
		assertThat(errors).as(schema).isEmpty();
	}

	static Document xml(String body) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
