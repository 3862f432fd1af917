package org.civicline.conversation.internal;

import java.util.Optional;

import org.civicline.conversation.InboundMessage;
import org.civicline.nlp.LanguageDetector;

import org.springframework.stereotype.Component;

/**
 * Which language a message is read and answered in. A resident's own request ("en
 * español") wins; then the language the message is plainly written in; then the one the
 * conversation already has; then the channel's hint (the widget's language, a
 * subscriber's stored one). The choice is kept with the conversation, so "ok" or a
 * request number is answered in the language of the words before it.
 */
@Component
class ConversationLanguages {

	private final LanguageDetector detector;

	private final DialogueStates dialogues;

	ConversationLanguages(LanguageDetector detector, DialogueStates dialogues) {
		this.detector = detector;
		this.dialogues = dialogues;
	}

	/**
	 * @param language the language to answer in
	 * @param switched whether the message did nothing but ask for it
	 */
	record Choice(String language, boolean switched) {
	}

	Choice choose(InboundMessage message, String text) {
		String key = message.conversationKey();
		Optional<String> kept = this.dialogues.language(key);
		Optional<String> asked = this.detector.requested(text);
		String language = asked.or(() -> this.detector.detect(text))
			.or(() -> kept)
			.orElseGet(() -> LanguageDetector.supported(message.language()));
		if (!kept.equals(Optional.of(language))) {
			this.dialogues.keepLanguage(key, language);
		}
		return new Choice(language, asked.isPresent());
	}

	/** The language of a message read without a conversation (analysis, evaluation). */
	String of(String text, String hint) {
		return this.detector.detect(text).orElseGet(() -> LanguageDetector.supported(hint));
	}

	/**
	 * The language of a message refused before it is read (too long, not text), from its
	 * words or the conversation's; nothing is kept.
	 */
	String guess(InboundMessage message) {
		String text = (message.text() == null) ? "" : message.text();
		return this.detector.detect(text.substring(0, Math.min(text.length(), 2000))).orElseGet(() -> kept(message));
	}

	/** A message with no words (a photo): the conversation's language, else the hint. */
	String kept(InboundMessage message) {
		return this.dialogues.language(message.conversationKey())
			.orElseGet(() -> LanguageDetector.supported(message.language()));
	}

}
