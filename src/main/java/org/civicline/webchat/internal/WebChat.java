package org.civicline.webchat.internal;

import java.util.List;

import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;

import org.civicline.webchat.AnswerRated;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One turn of a web chat: the engine reads the resident's message, and both lines join
 * the session's transcript and every open tab of it.
 */
@Service
class WebChat {

	static final String CHANNEL = "web";

	private final Conversations conversations;

	private final ChatTranscripts transcripts;

	private final ChatStreams streams;

	private final ApplicationEventPublisher events;

	WebChat(Conversations conversations, ChatTranscripts transcripts, ChatStreams streams,
			ApplicationEventPublisher events) {
		this.events = events;
		this.conversations = conversations;
		this.transcripts = transcripts;
		this.streams = streams;
	}

	/**
	 * The engine is asked first, so a message it refuses (empty, too long) is not kept.
	 */
	Turn say(String session, String text, String language) {
		Reply reply = this.conversations.handle(new InboundMessage(CHANNEL, session, text, language));
		ChatMessage asked = this.transcripts.append(session, ChatMessage.RESIDENT, text.strip(), null, null, List.of());
		ChatMessage answered = this.transcripts.append(session, ChatMessage.CITY, reply.text(), reply.kind(),
				reply.faqId(), reply.suggestions());
		this.streams.publish(session, asked);
		this.streams.publish(session, answered);
		return new Turn(reply, asked, answered);
	}

	/**
	 * A line from the city that no message asked for (a status update, staff's answer):
	 * kept in the transcript and pushed to every open tab.
	 */
	ChatMessage tell(String session, String author, String text, String kind) {
		ChatMessage line = this.transcripts.append(session, author, text, kind, null, List.of());
		this.streams.publish(session, line);
		return line;
	}

	/**
	 * Keeps a resident's thumbs up or down and announces it, so a thumbs-down lands in
	 * staff's learning queue; false when the session has no such answer.
	 */
	@Transactional
	boolean rate(String session, long messageId, boolean helpful) {
		if (!this.transcripts.rate(session, messageId, helpful)) {
			return false;
		}
		this.transcripts.rated(session, messageId)
			.filter((rated) -> rated.faqId() != null)
			.ifPresent((rated) -> this.events
				.publishEvent(new AnswerRated(rated.question(), rated.faqId(), helpful, java.time.Instant.now())));
		return true;
	}

	record Turn(Reply reply, ChatMessage asked, ChatMessage answered) {
	}

}
