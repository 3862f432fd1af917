package org.civicline.webchat.internal;

import java.util.List;

import org.civicline.conversation.StaffReplied;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts staff's answer in the resident's web chat: at once in an open tab, else the next
 * time the chat is opened.
 */
@Component
class StaffRepliesInChat {

	private final ChatTranscripts transcripts;

	private final ChatStreams streams;

	StaffRepliesInChat(ChatTranscripts transcripts, ChatStreams streams) {
		this.transcripts = transcripts;
		this.streams = streams;
	}

	@ApplicationModuleListener
	void on(StaffReplied replied) {
		if (WebChat.CHANNEL.equals(replied.channel())) {
			ChatMessage line = this.transcripts.append(replied.sender(), "staff", replied.text(), "staff", null,
					List.of());
			this.streams.publish(replied.sender(), line);
		}
	}

}
