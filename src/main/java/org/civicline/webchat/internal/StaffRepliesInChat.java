package org.civicline.webchat.internal;

import org.civicline.conversation.StaffReplied;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts staff's answer in the resident's web chat: at once in an open tab, else the next
 * time the chat is opened.
 */
@Component
class StaffRepliesInChat {

	private final WebChat chat;

	StaffRepliesInChat(WebChat chat) {
		this.chat = chat;
	}

	@ApplicationModuleListener
	void on(StaffReplied replied) {
		if (WebChat.CHANNEL.equals(replied.channel())) {
			this.chat.tell(replied.sender(), "staff", replied.text(), "staff");
		}
	}

}
