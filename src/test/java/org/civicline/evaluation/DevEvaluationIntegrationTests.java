package org.civicline.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against the real resident questions of the shared evaluation set: the
 * quality bar of the FAQ search, and the prediction file the evaluation contract asks
 * for. Runs when the build is told where the shared folder is
 * ({@code -Dcivicline.shared=../shared}).
 */
@CivicLineIntegrationTest
@EnabledIfSystemProperty(named = "civicline.shared", matches = ".+")
class DevEvaluationIntegrationTests {

	@Autowired
	EvaluateCommand evaluate;

	@Test
	void answersResidentsRealQuestionsWellAndClearlyBetterThanPlainBm25(@TempDir Path folder) throws Exception {
		Path cases = Path.of(System.getProperty("civicline.shared"), "eval", "dev", "questions.jsonl");
		Path predictions = folder.resolve("predictions.jsonl");

		EvaluateCommand.Scores scores = this.evaluate.evaluate(cases, predictions);

		double recall = (double) scores.engine().get("faq_recall_at_1");
		double baseline = (double) scores.baseline().get("faq_recall_at_1");
		assertThat(recall).isGreaterThanOrEqualTo(0.85);
		assertThat((double) scores.engine().get("faq_mrr")).isGreaterThanOrEqualTo(0.90);
		assertThat(recall - baseline).isGreaterThanOrEqualTo(0.10);
		List<String> lines = Files.readAllLines(predictions);
		assertThat(lines).hasSize(Files.readAllLines(cases).stream().filter((line) -> !line.isBlank()).toList().size());
		JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(first.has("id") && first.has("intent") && first.has("service") && first.get("faq").isArray())
			.isTrue();
	}

}
