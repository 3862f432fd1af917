package org.civicline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code target/civicline.jar} as a city runs it: {@code java -jar} in an empty folder.
 * The jar is shaded (one flat jar), so this is where a library's Spring configuration,
 * service registration or resource lost while merging the jars would show; the other
 * tests run from Maven's class path and would not see it. Run by failsafe, after the jar
 * is built.
 */
class RunnableJarIT {

	private static final Pattern STARTED_ON = Pattern.compile("Tomcat started on port (\\d+)");

	private static final HttpClient http = HttpClient.newHttpClient();

	private static Process app;

	private static Path folder;

	private static Path log;

	private static String base;

	@BeforeAll
	static void startTheJar() throws Exception {
		Path jar = Path.of(System.getProperty("civicline.jar", "target/civicline.jar")).toAbsolutePath();
		assertThat(jar).as("the packaged jar").exists();
		folder = Files.createTempDirectory("civicline-jar");
		log = folder.resolve("app.log");
		app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
				jar.toString(), "--server.port=0")
			.directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		base = "http://127.0.0.1:" + awaitPort(Duration.ofSeconds(150));
	}

	@AfterAll
	static void stopTheJar() throws Exception {
		if (app != null) {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		if (folder != null) {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	@Test
	void answersAResidentsQuestionFromTheShippedFaq() throws Exception {
		HttpResponse<String> answer = post("/api/v1/analyze", "{\"text\":\"how do I get rid of an old couch\"}");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"intent\":\"faq\"").contains("bulky-furniture");
	}

	@Test
	void startsFromTheBeanDefinitionsTheBuildWrote() throws Exception {
		assertThat(Files.readString(log)).contains("Starting AOT-processed CivicLineApplication");
	}

	@Test
	void isReadyForTheBalancerAndKeepsStaffEndpointsClosed() throws Exception {
		assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/admin/open311/keys").statusCode()).isEqualTo(401);
	}

	@Test
	void servesOpen311AndTheOpenApiDescription() throws Exception {
		HttpResponse<String> services = get("/open311/v2/services.json");
		assertThat(services.statusCode()).isEqualTo(200);
		assertThat(services.body()).contains("\"service_code\"");

		HttpResponse<String> description = get("/v3/api-docs");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("/api/v1/analyze").contains("/open311/v2/requests.{format}");
	}

	private static int awaitPort(Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			String printed = Files.exists(log) ? Files.readString(log) : "";
			Matcher started = STARTED_ON.matcher(printed);
			if (started.find()) {
				return Integer.parseInt(started.group(1));
			}
			if (!app.isAlive()) {
				fail("the jar exited with " + app.exitValue() + ":\n" + tail(printed));
			}
			Thread.sleep(200);
		}
		fail("the jar did not start within " + within + ":\n" + tail(Files.readString(log)));
		return -1;
	}

	private static String tail(String printed) {
		return printed.substring(Math.max(0, printed.length() - 3000));
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
