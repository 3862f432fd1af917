package org.civicline.webchat.internal;

import java.util.List;

import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;

import org.springframework.stereotype.Service;

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

	WebChat(Conversations conversations, ChatTranscripts transcripts, ChatStreams streams) {
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

	record Turn(Reply reply, ChatMessage asked, ChatMessage answered) {
	}

}
