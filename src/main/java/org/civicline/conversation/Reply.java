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
 * @param language the language the reply is written in ({@code en} or {@code es}), which
 * the channel's own words around it follow
 */
public record Reply(String kind, String text, String shortText, List<String> suggestions, String faqId,
		String language) {

	public Reply {
		suggestions = List.copyOf(suggestions);
		language = (language != null) ? language : "en";
	}

	public Reply(String kind, String text, String shortText, List<String> suggestions, String faqId) {
		this(kind, text, shortText, suggestions, faqId, "en");
	}

	/** The same reply, marked as written in {@code language}. */
	public Reply in(String language) {
		return new Reply(this.kind, this.text, this.shortText, this.suggestions, this.faqId, language);
	}

	/**
	 * A message from a sender past their channel's flood limit: nothing is sent back, so
	 * the flood costs the line nothing more.
	 */
	public boolean dropped() {
		return "dropped".equals(this.kind);
	}

	public boolean spanish() {
		return "es".equals(this.language);
	}

}
