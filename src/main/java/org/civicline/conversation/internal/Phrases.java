package org.civicline.conversation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's own sentences in each language it answers in, from
 * {@code phrases_<language>.properties} beside this class: a translator edits a file, not
 * the code. {@code {0}}, {@code {1}}… stand for what the engine fills in (a number, the
 * city's phone); every key exists in every language, which a test holds.
 */
final class Phrases {

	static final List<String> LANGUAGES = List.of("en", "es");

	private static final Map<String, Properties> BY_LANGUAGE = Map.of("en", load("en"), "es", load("es"));

	private Phrases() {
	}

	/** The sentence in the language ({@code en} when not one of {@link #LANGUAGES}). */
	static String of(String language, String key, Object... values) {
		Properties phrases = BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
		String text = phrases.getProperty(key);
		if (text == null) {
			throw new IllegalArgumentException("No phrase " + key + " in " + language);
		}
		for (int i = 0; i < values.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(values[i]));
		}
		return text;
	}

	/** Several sentences, one per key, for a list of suggestions. */
	static List<String> all(String language, String... keys) {
		return java.util.Arrays.stream(keys).map((key) -> of(language, key)).toList();
	}

	static Set<String> keys(String language) {
		return new TreeSet<>(BY_LANGUAGE.get(language).stringPropertyNames());
	}

	private static Properties load(String language) {
		String name = "phrases_" + language + ".properties";
		try (InputStream in = Phrases.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + name + " beside " + Phrases.class.getName());
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
