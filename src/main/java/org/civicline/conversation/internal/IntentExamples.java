package org.civicline.conversation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The classifier's training examples: {@code intents/<intent>.txt} and
 * {@code intents/report/<service-code>.txt}, one message a line. A report's label is
 * {@code report:<service-code>}; {@code not_emergency.txt} holds questions about
 * emergency numbers, which are FAQ questions.
 */
final class IntentExamples {

	static final String REPORT_PREFIX = "report:";

	/** The label of one FAQ entry's questions, for the classifier on meaning. */
	static final String FAQ_PREFIX = "faq:";

	private IntentExamples() {
	}

	static Map<String, List<String>> read(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		Map<String, List<String>> examples = new TreeMap<>();
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			for (Resource resource : resolver.getResources(base + "*.txt")) {
				String name = resource.getFilename().replace(".txt", "");
				String label = "not_emergency".equals(name) ? Intent.FAQ : name;
				examples.computeIfAbsent(label, (key) -> new ArrayList<>()).addAll(lines(resource));
			}
			for (Resource resource : resolver.getResources(base + "report/*.txt")) {
				examples.put(REPORT_PREFIX + resource.getFilename().replace(".txt", ""), lines(resource));
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
