package org.civicline.conversation;

import java.util.List;

/**
 * What the engine says back, for the channel adapter to render.
 *
 * @param kind what the reply does: {@code answer}, {@code clarify}, {@code unknown}, a
 * step of a report ({@code report}, {@code confirm}, {@code filed}…), or
 * {@code subscribe} / {@code unsubscribe} when the resident asked to start or stop
 * emergency alerts, which a channel that carries alerts acts on
 * @param text the reply in full (Markdown allowed)
 * @param shortText the reply in one SMS segment where one exists, else the full text
 * @param suggestions quick replies the resident can tap or type back
 * @param faqId the FAQ entry answered, or {@code null}
 */
public record Reply(String kind, String text, String shortText, List<String> suggestions, String faqId) {

	public Reply {
		suggestions = List.copyOf(suggestions);
	}

}
