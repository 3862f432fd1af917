package org.civicline.webchat.internal;

import java.util.List;
import java.util.Locale;

import org.civicline.tickets.TicketStatusChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a resident who filed in the web chat when their request's status changes: the
 * line joins their transcript, so an open tab shows it at once and a closed one the next
 * time the chat is opened.
 */
@Component
class TicketStatusChats {

	private final ChatTranscripts transcripts;

	private final ChatStreams streams;

	TicketStatusChats(ChatTranscripts transcripts, ChatStreams streams) {
		this.transcripts = transcripts;
		this.streams = streams;
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged changed) {
		if (!WebChat.CHANNEL.equals(changed.channel())) {
			return;
		}
		String note = (changed.note() == null || changed.note().isBlank()) ? "" : "\n\n" + changed.note().strip();
		String text = "**Update on request #" + changed.number() + "**: it is now "
				+ changed.status().toLowerCase(Locale.ROOT) + "." + note;
		ChatMessage line = this.transcripts.append(changed.sender(), ChatMessage.CITY, text, "status", null, List.of());
		this.streams.publish(changed.sender(), line);
	}

}
