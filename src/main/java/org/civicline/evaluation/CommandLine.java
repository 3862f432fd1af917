package org.civicline.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's words and options as people type them: {@code --name value} and
 * {@code --name=value} both work. Options Spring reads itself ({@code --spring.*},
 * {@code --server.*}, ...) are passed over.
 *
 * @param command the first word, or {@code null}
 * @param words the words after the command
 * @param options the options by name
 */
record CommandLine(String command, List<String> words, Map<String, String> options) {

	static CommandLine parse(String[] args) {
		List<String> words = new ArrayList<>();
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				words.add(arg);
				continue;
			}
			String name = arg.substring(2);
			int equals = name.indexOf('=');
			if (equals >= 0) {
				options.put(name.substring(0, equals), name.substring(equals + 1));
			}
			else if (name.contains(".")) {
				options.put(name, "");
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				options.put(name, args[++i]);
			}
			else {
				options.put(name, "");
			}
		}
		String command = words.isEmpty() ? null : words.remove(0);
		return new CommandLine(command, List.copyOf(words), Map.copyOf(options));
	}

	String option(String name, String fallback) {
		String value = this.options.get(name);
		return (value == null || value.isEmpty()) ? fallback : value;
	}

}
