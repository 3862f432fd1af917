package org.civicline.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civicline.CivicLineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar civicline.jar evaluate CASES --predictions OUT} as the jar runs it: no
 * web server, the command profile, an exit code.
 */
class EvaluateCommandLineIntegrationTests {

	@Test
	void evaluatesACasesFileWritesPredictionsAndExitsZero(@TempDir Path folder) throws Exception {
		Path cases = folder.resolve("cases.jsonl");
		Files.write(cases, List.of(
				"{\"id\": \"a\", \"text\": \"how do I get rid of an old couch\", \"expect\": {\"intent\": \"faq\", \"faq\": \"bulky-furniture\"}}",
				"{\"id\": \"b\", \"text\": \"my house is on fire\", \"expect\": {\"intent\": \"emergency\"}}",
				"{\"id\": \"c\", \"text\": \"\", \"expect\": {\"intent\": \"out_of_scope\"}}"));
		Path predictions = folder.resolve("out.jsonl");

		PrintStream standardOut = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exitCode;
		try {
			System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
			exitCode = run("evaluate", cases.toString(), "--predictions", predictions.toString());
		}
		finally {
			System.setOut(standardOut);
		}

		assertThat(exitCode).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("faq_recall_at_1").contains("baseline");
		List<String> lines = Files.readAllLines(predictions);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).contains("\"id\":\"a\"").contains("\"faq\":[\"bulky-furniture\"");
		assertThat(lines.get(1)).contains("\"intent\":\"emergency\"");
		assertThat(lines.get(2)).contains("\"intent\":\"out_of_scope\"");
	}

	@Test
	void aMissingCasesFileExitsNonZero(@TempDir Path folder) {
		assertThat(run("evaluate", folder.resolve("missing.jsonl").toString())).isNotZero();
	}

	private static int run(String... args) {
		SpringApplication application = new SpringApplication(CivicLineApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setAdditionalProfiles("command");
		try (ConfigurableApplicationContext context = application.run(args)) {
			return SpringApplication.exit(context);
		}
	}

}
