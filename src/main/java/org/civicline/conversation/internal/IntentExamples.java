package org.civicline.conversation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.civicline.nlp.ShippedFiles;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The classifier's training examples: {@code intents/<intent>.txt} and
 * {@code intents/report/<service-code>.txt}, one message a line. A report's label is
 * {@code report:<service-code>}; {@code not_emergency.txt} holds questions about
 * emergency numbers, which are FAQ questions. {@code intents/es/} holds the same files in
 * Spanish.
 */
final class IntentExamples {

	static final String REPORT_PREFIX = "report:";

	/** The label of one FAQ entry's questions, for the classifier on meaning. */
	static final String FAQ_PREFIX = "faq:";

	private IntentExamples() {
	}

	/**
	 * @param withSpanish whether {@code es/} joins in: the classifier on meaning reads
	 * English only (its encoder knows no Spanish)
	 * @param resolver the application context's at start: where the jar's list of its
	 * texts does not answer ({@link ShippedFiles}), it lists the jar's entries once for
	 * every reader (FaqCorpus)
	 */
	static Map<String, List<String>> read(ResourcePatternResolver resolver, String location, boolean withSpanish) {
		String base = location.endsWith("/") ? location : location + "/";
		Map<String, List<String>> examples = new TreeMap<>();
		try {
			for (Resource resource : ShippedFiles.find(resolver, base + "*.txt")) {
				String name = resource.getFilename().replace(".txt", "");
				String label = "not_emergency".equals(name) ? Intent.FAQ : name;
				examples.computeIfAbsent(label, (key) -> new ArrayList<>()).addAll(lines(resource));
			}
			for (Resource resource : ShippedFiles.find(resolver, base + "report/*.txt")) {
				examples.put(REPORT_PREFIX + resource.getFilename().replace(".txt", ""),
						new ArrayList<>(lines(resource)));
			}
			// Spanish examples teach the same labels: one classifier reads both
			// languages,
			// and a message mixing them ("hay un pothole en mi calle") too.
			for (Resource resource : withSpanish ? ShippedFiles.find(resolver, base + "es/*.txt") : new Resource[0]) {
				String name = resource.getFilename().replace(".txt", "");
				String label = "not_emergency".equals(name) ? Intent.FAQ : name;
				examples.computeIfAbsent(label, (key) -> new ArrayList<>()).addAll(lines(resource));
			}
			for (Resource resource : withSpanish ? ShippedFiles.find(resolver, base + "es/report/*.txt")
					: new Resource[0]) {
				examples
					.computeIfAbsent(REPORT_PREFIX + resource.getFilename().replace(".txt", ""),
							(key) -> new ArrayList<>())
					.addAll(lines(resource));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the intent examples at " + location, ex);
		}
		return examples;
	}

	private static List<String> lines(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
	}

}
