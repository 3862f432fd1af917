package org.civicline.webchat.internal;

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

	private final WebChat chat;

	TicketStatusChats(WebChat chat) {
		this.chat = chat;
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged changed) {
		if (!WebChat.CHANNEL.equals(changed.channel())) {
			return;
		}
		String note = (changed.note() == null || changed.note().isBlank()) ? "" : "\n\n" + changed.note().strip();
		String told = changed.spanish()
				? "**Novedad de la solicitud #" + changed.number() + "**: ahora está "
						+ ("closed".equals(changed.status()) ? "cerrada" : "abierta") + "." + note
				: "**Update on request #" + changed.number() + "**: it is now "
						+ changed.status().toLowerCase(Locale.ROOT) + "." + note;
		this.chat.tell(changed.sender(), ChatMessage.CITY, told, "status");
	}

}
