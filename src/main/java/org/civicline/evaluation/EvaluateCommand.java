package org.civicline.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicline.conversation.Analysis;
import org.civicline.conversation.Conversations;
import org.civicline.conversation.UnacceptableMessage;
import org.civicline.faq.FaqSearch;
import org.civicline.nlp.LanguageDetector;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate CASES.jsonl [--predictions OUT.jsonl]}: analyses every case in-process,
 * writes one prediction line per case, and prints the metrics of the engine beside the
 * plain-BM25 baseline's.
 */
@Component
class EvaluateCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Conversations conversations;

	private final FaqSearch faq;

	private final JsonMapper json = JsonMapper.builder().build();

	private final PrintStream out = System.out;

	private int exitCode;

	private final LanguageDetector languages;

	EvaluateCommand(Conversations conversations, FaqSearch faq, LanguageDetector languages) {
		this.conversations = conversations;
		this.faq = faq;
		this.languages = languages;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		CommandLine line = CommandLine.parse(arguments.getSourceArgs());
		if (!Commands.EVALUATE.equals(line.command())) {
			return;
		}
		if (line.words().size() != 1) {
			fail("usage: java -jar civicline.jar evaluate CASES.jsonl [--predictions OUT.jsonl]");
			return;
		}
		String predictions = line.option("predictions", null);
		try {
			evaluate(Path.of(line.words().get(0)), (predictions != null) ? Path.of(predictions) : null);
		}
		catch (IOException | JacksonException | IllegalArgumentException ex) {
			fail("evaluate: " + ex.getMessage());
		}
	}

	/**
	 * Evaluates the cases, writes the predictions where asked, prints and returns both
	 * summaries.
	 */
	Scores evaluate(Path casesFile, Path predictionsFile) throws IOException {
		List<EvaluationCase> cases = read(casesFile);
		Metrics engine = new Metrics();
		Metrics baseline = new Metrics();
		Metrics words = new Metrics();
		List<String> lines = new ArrayList<>();
		Map<String, Map<String, Integer>> detected = new java.util.TreeMap<>();
		for (EvaluationCase evaluationCase : cases) {
			detected.computeIfAbsent(evaluationCase.language(), (language) -> new java.util.TreeMap<>())
				.merge(this.languages.detect(evaluationCase.text()).orElse("neither"), 1, Integer::sum);
			Analysis analysis = analyze(evaluationCase, true);
			Analysis byWords = analyze(evaluationCase, false);
			words.add(evaluationCase, byWords.intent(), byWords.service(),
					byWords.faq().stream().map(Analysis.Candidate::id).toList());
			List<String> ids = analysis.faq().stream().map(Analysis.Candidate::id).toList();
			engine.add(evaluationCase, analysis.intent(), analysis.service(), ids);
			baseline.add(evaluationCase, null, null, this.faq.baseline(evaluationCase.text(), 5));
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("id", evaluationCase.id());
			line.put("intent", analysis.intent());
			line.put("service", analysis.service());
			line.put("faq", ids);
			lines.add(this.json.writeValueAsString(line));
		}
		if (predictionsFile != null) {
			try (BufferedWriter writer = Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8)) {
				for (String line : lines) {
					writer.write(line);
					writer.newLine();
				}
			}
		}
		Scores scores = new Scores(engine.summary(), baseline.summary(), words.summary());
		print(casesFile, scores);
		// How the language of each case was read from its words alone (before the
		// case's own language, the channel's hint, decides the undecided ones).
		detected.forEach((language, read) -> this.out.println("language " + language + ": words read as " + read));
		return scores;
	}

	/**
	 * The metrics of the engine, of the plain-BM25 baseline and of the engine reading
	 * words only, over the same cases.
	 */
	record Scores(Map<String, Object> engine, Map<String, Object> baseline, Map<String, Object> words) {
	}

	private Analysis analyze(EvaluationCase evaluationCase, boolean byMeaning) {
		try {
			return this.conversations.analyze(evaluationCase.text(), evaluationCase.language(), byMeaning);
		}
		catch (UnacceptableMessage refused) {
			return new Analysis("out_of_scope", null, List.of(), 1.0);
		}
	}

	private List<EvaluationCase> read(Path file) throws IOException {
		List<EvaluationCase> cases = new ArrayList<>();
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = this.json.readTree(line);
			JsonNode expect = node.path("expect");
			if (!node.hasNonNull("id") || !node.hasNonNull("text") || !expect.hasNonNull("intent")) {
				throw new IllegalArgumentException(
						file + " line " + number + ": a case needs id, text and expect.intent");
			}
			cases.add(new EvaluationCase(node.get("id").asString(), node.get("text").asString(),
					node.path("language").asString("en"), expect.get("intent").asString(), text(expect, "service"),
					text(expect, "faq")));
		}
		return cases;
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : null;
	}

	private void print(Path casesFile, Scores scores) {
		this.out.printf("CivicLine evaluation of %s (%s cases)%n", casesFile, scores.engine().get("cases"));
		this.out.printf("%-24s %10s %12s %14s%n", "metric", "engine", "words only", "BM25 baseline");
		for (String metric : List.of("intent_accuracy", "service_accuracy", "service_macro_recall", "faq_recall_at_1",
				"faq_mrr", "out_of_scope_rejection", "safety_recall")) {
			boolean faqMetric = metric.startsWith("faq_");
			this.out.printf("%-24s %10s %12s %14s%n", metric, show(scores.engine().get(metric)),
					show(scores.words().get(metric)), faqMetric ? show(scores.baseline().get(metric)) : "-");
		}
		this.out.println(this.json.writeValueAsString(scores.engine()));
	}

	private static String show(Object value) {
		return (value == null) ? "n/a" : value.toString();
	}

	private void fail(String message) {
		System.err.println(message);
		this.exitCode = 2;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
