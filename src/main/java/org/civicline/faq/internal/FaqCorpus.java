package org.civicline.faq.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.faq.FaqEntry;
import org.civicline.nlp.ShippedFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the seed corpus: one Markdown file per entry, YAML front matter for the fields,
 * the body as the full answer.
 */
final class FaqCorpus {

	private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);

	private FaqCorpus() {
	}

	/**
	 * @param resolver the application context's, at start: where the jar's list of its
	 * texts does not answer ({@link ShippedFiles}), listing a folder of the jar reads the
	 * names of all its 55,000 entries, which the context's resolver does once for every
	 * reader of the start, where a resolver of its own does it again
	 */
	static List<FaqEntry> read(ResourcePatternResolver resolver, String location) {
		String pattern = location.endsWith("/") ? location + "*.md" : location + "/*.md";
		try {
			Resource[] resources = ShippedFiles.find(resolver, pattern);
			List<FaqEntry> entries = new ArrayList<>();
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					entries.add(parse(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			entries.sort(Comparator.comparing(FaqEntry::id));
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the FAQ corpus at " + location, ex);
		}
	}

	/**
	 * The entries of a folder of translations, none when the corpus has no such folder.
	 */
	static List<FaqEntry> readIfPresent(ResourcePatternResolver resolver, String location) {
		try {
			return read(resolver, location);
		}
		catch (UncheckedIOException ex) {
			return List.of();
		}
	}

	static FaqEntry parse(String name, String markdown) {
		Matcher matcher = FRONT_MATTER.matcher(markdown.replace("\r\n", "\n"));
		if (!matcher.matches()) {
			throw new IllegalArgumentException(name + ": no YAML front matter between --- lines");
		}
		Map<String, Object> fields = new Yaml(new SafeConstructor(new LoaderOptions())).load(matcher.group(1));
		String id = required(name, fields, "id");
		return new FaqEntry(id, Objects.toString(fields.getOrDefault("language", "en")),
				required(name, fields, "title"), matcher.group(2).strip(), required(name, fields, "short_answer"),
				strings(fields.get("questions")), strings(fields.get("tags")),
				Boolean.TRUE.equals(fields.get("emergency")), strings(fields.get("hazards")));
	}

	private static String required(String name, Map<String, Object> fields, String key) {
		Object value = fields.get(key);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException(name + ": front matter lacks " + key);
		}
		return value.toString().strip();
	}

	private static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Object::toString).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}
		return List.of(value.toString().strip());
	}

}
