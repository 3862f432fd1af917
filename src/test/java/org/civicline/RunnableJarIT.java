package org.civicline;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code target/civicline.jar} as a city runs it: {@code java -jar} in an empty folder.
 * The jar is shaded (one flat jar) and starts from the bean definitions the build wrote,
 * so this is where a library's Spring configuration, service registration or resource
 * lost while merging the jars, or a bean the build-time definitions lack, would show; the
 * other tests run from Maven's class path and would not see it. Run by failsafe, after
 * the jar is built.
 */
class RunnableJarIT {

	private static RunningJar app;

	@BeforeAll
	static void startTheJar() throws Exception {
		app = RunningJar.start(List.of(), Map.of());
	}

	@AfterAll
	static void stopTheJar() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void startsFromTheBeanDefinitionsTheBuildWrote() throws Exception {
		assertThat(app.log()).contains("Starting AOT-processed CivicLineApplication");
	}

	@Test
	void answersAResidentsQuestionFromTheShippedFaq() throws Exception {
		HttpResponse<String> answer = app.post("/api/v1/analyze", "{\"text\":\"how do I get rid of an old couch\"}");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"intent\":\"faq\"").contains("bulky-furniture");
	}

	@Test
	void isReadyForTheBalancerAndKeepsStaffEndpointsClosed() throws Exception {
		assertThat(app.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
		assertThat(app.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(app.get("/api/v1/admin/open311/keys").statusCode()).isEqualTo(401);
	}

	@Test
	void servesOpen311AndTheOpenApiDescription() throws Exception {
		HttpResponse<String> services = app.get("/open311/v2/services.json");
		assertThat(services.statusCode()).isEqualTo(200);
		assertThat(services.body()).contains("\"service_code\"");

		HttpResponse<String> description = app.get("/v3/api-docs");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("/api/v1/analyze").contains("/open311/v2/requests.{format}");
	}

}
