package org.civicline.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the browser tests under {@code src/test/browser} (Node's test runner driving
 * Debian's Chromium through playwright-core) against a running CivicLine.
 *
 * <p>
 * They need {@code /usr/bin/chromium} and the folder's {@code npm ci}, which
 * {@code .ci/run} installs. A developer's build without them skips with that reason; CI
 * sets {@code civicline.require-browser} so that a skip there is a failure instead.
 */
public final class Browser {

	private static final Path TESTS = Path.of("src", "test", "browser");

	private Browser() {
	}

	/** Where the browser tests save their screenshots. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

	/**
	 * Copies a screenshot the tests just took into {@code docs/images}, where the README
	 * shows it, when the build is asked to ({@code -Dcivicline.docs.write=true}): the
	 * pictures of the product are the product as the tests last saw it, not a mock-up.
	 */
	public static void publishScreenshot(String shot, String docsImage) throws IOException {
		if (Boolean.getBoolean("civicline.docs.write")) {
			Path images = Path.of("docs", "images");
			Files.createDirectories(images);
			Files.copy(SCREENSHOTS.resolve(shot), images.resolve(docsImage),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The runner's exit code and everything it printed. */
	public record Run(int exitCode, String output) {
	}

	public static Run test(String file, Map<String, String> environment) throws IOException, InterruptedException {
		String chromium = System.getProperty("civicline.chromium", "/usr/bin/chromium");
		List<String> missing = new ArrayList<>();
		if (!Files.isExecutable(Path.of(chromium))) {
			missing.add(chromium);
		}
		if (!Files.isDirectory(TESTS.resolve("node_modules/playwright-core"))
				|| !Files.isDirectory(TESTS.resolve("node_modules/axe-core"))) {
			missing.add("src/test/browser/node_modules (npm ci)");
		}
		if (!missing.isEmpty()) {
			String reason = "Browser tests need " + String.join(" and ", missing) + "; .ci/run installs them";
			if (Boolean.getBoolean("civicline.require-browser")) {
				throw new IllegalStateException(reason);
			}
			Assumptions.abort(reason);
		}
		ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec", file)
			.directory(TESTS.toFile())
			.redirectErrorStream(true);
		node.environment().putAll(environment);
		node.environment().put("CHROMIUM", chromium);
		Process process = node.start();
		byte[] printed = process.getInputStream().readAllBytes();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		return new Run(process.exitValue(), new String(printed, StandardCharsets.UTF_8));
	}

}
