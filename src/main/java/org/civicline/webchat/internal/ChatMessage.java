package org.civicline.webchat.internal;

import java.time.Instant;
import java.util.List;

/**
 * One line of a web chat transcript, as the widget draws it.
 *
 * @param id increasing within the store; the widget orders and de-duplicates by it
 * @param author {@code resident}, {@code city} (the engine) or {@code staff}
 * @param text what was said; the city's text is Markdown
 * @param kind the reply's kind for the city's lines, else {@code null}
 * @param faq the FAQ entry answered, else {@code null}
 * @param suggestions quick replies offered with the line
 * @param feedback {@code helpful}, {@code unhelpful} or {@code null}
 * @param at when it was said
 */
record ChatMessage(long id, String author, String text, String kind, String faq, List<String> suggestions,
		String feedback, Instant at) {

	static final String RESIDENT = "resident";

	static final String CITY = "city";

	ChatMessage {
		suggestions = (suggestions != null) ? List.copyOf(suggestions) : List.of();
	}

}
