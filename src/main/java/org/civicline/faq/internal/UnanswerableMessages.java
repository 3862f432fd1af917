package org.civicline.faq.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Reads example messages, one a line, {@code #} starting a comment; a missing file is an
 * error.
 */
final class UnanswerableMessages {

	private UnanswerableMessages() {
	}

	static List<String> read(List<String> locations) {
		List<String> messages = new ArrayList<>();
		for (String location : locations) {
			Resource resource = new DefaultResourceLoader().getResource(location);
			try (InputStream in = resource.getInputStream()) {
				new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.forEach(messages::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read example messages at " + location, ex);
			}
		}
		return messages;
	}

}
