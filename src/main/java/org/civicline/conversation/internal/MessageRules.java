package org.civicline.conversation.internal;

import org.civicline.conversation.UnacceptableMessage;
import org.civicline.conversation.UnacceptableMessage.Reason;

import org.springframework.stereotype.Component;

/** What every channel's text must be before the engine reads it. */
@Component
class MessageRules {

	private final ConversationProperties properties;

	MessageRules(ConversationProperties properties) {
		this.properties = properties;
	}

	/** The text, trimmed, or an {@link UnacceptableMessage} saying what to change. */
	String check(String text) {
		return check(text, "en");
	}

	/** As {@link #check(String)}, saying what to change in the resident's language. */
	String check(String text, String language) {
		if (text == null || text.isBlank()) {
			throw new UnacceptableMessage(Reason.EMPTY, Phrases.of(language, "refused.empty"));
		}
		String trimmed = text.strip();
		if (trimmed.length() > this.properties.maxTextLength()) {
			throw new UnacceptableMessage(Reason.TOO_LONG, Phrases.of(language, "refused.too-long",
					"%,d".formatted(trimmed.length()), "%,d".formatted(this.properties.maxTextLength())));
		}
		if (trimmed.codePoints().anyMatch(MessageRules::isControl)) {
			throw new UnacceptableMessage(Reason.NOT_TEXT, Phrases.of(language, "refused.not-text"));
		}
		return trimmed;
	}

	// Line breaks and tabs are how people write; other control characters are binary or
	// escape codes.
	private static boolean isControl(int codePoint) {
		return Character.getType(codePoint) == Character.CONTROL && codePoint != '\n' && codePoint != '\r'
				&& codePoint != '\t';
	}

}
