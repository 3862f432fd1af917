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
		if (text == null || text.isBlank()) {
			throw new UnacceptableMessage(Reason.EMPTY, "The message is empty. Please type your question or report.");
		}
		String trimmed = text.strip();
		if (trimmed.length() > this.properties.maxTextLength()) {
			throw new UnacceptableMessage(Reason.TOO_LONG,
					"The message is too long (%,d characters). Please keep it under %,d characters, or split it up."
						.formatted(trimmed.length(), this.properties.maxTextLength()));
		}
		if (trimmed.codePoints().anyMatch(MessageRules::isControl)) {
			throw new UnacceptableMessage(Reason.NOT_TEXT,
					"The message contains control characters that are not text. Please send plain text.");
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
