package org.civicline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.testsupport.WaitUntil;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code target/civicline.jar} started with {@code java -jar} in an empty folder, as a
 * city starts it, and asked over HTTP.
 */
final class RunningJar implements AutoCloseable {

	private static final Pattern STARTED_ON = Pattern.compile("Tomcat started on port (\\d+)");

	private static final HttpClient http = HttpClient.newHttpClient();

	private final Process app;

	private final Path folder;

	private final Path log;

	private final String base;

	private RunningJar(Process app, Path folder, Path log) throws Exception {
		this.app = app;
		this.folder = folder;
		this.log = log;
		this.base = "http://127.0.0.1:" + awaitPort(Duration.ofSeconds(150));
	}

	/** Starts the jar with these arguments and environment variables, on a free port. */
	static RunningJar start(List<String> arguments, Map<String, String> environment) throws Exception {
		Path jar = Path.of(System.getProperty("civicline.jar", "target/civicline.jar")).toAbsolutePath();
		assertThat(jar).as("the packaged jar").exists();
		Path folder = Files.createTempDirectory("civicline-jar");
		Path log = folder.resolve("app.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						jar.toString(), "--server.port=0"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		return new RunningJar(builder.start(), folder, log);
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() throws Exception {
		this.app.destroy();
		if (!this.app.waitFor(30, TimeUnit.SECONDS)) {
			this.app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		FileSystemUtils.deleteRecursively(this.folder);
	}

	private int awaitPort(Duration within) throws Exception {
		try {
			return WaitUntil.value("the jar to say which port it listens on", within, () -> {
				String printed = Files.exists(this.log) ? Files.readString(this.log) : "";
				if (!this.app.isAlive()) {
					fail("the jar exited with " + this.app.exitValue() + ":\n" + tail(printed));
				}
				Matcher started = STARTED_ON.matcher(printed);
				return started.find() ? Integer.parseInt(started.group(1)) : null;
			}, java.util.Objects::nonNull);
		}
		catch (AssertionError ex) {
			this.app.destroyForcibly();
			throw new AssertionError(ex.getMessage() + "\n" + tail(Files.readString(this.log)), ex);
		}
	}

	private static String tail(String printed) {
		return printed.substring(Math.max(0, printed.length() - 3000));
	}

}
