package org.civicline.discord.internal;

import org.civicline.conversation.StaffReplied;
import org.civicline.emergency.spi.AlertSender.AlertMessage;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends staff's answer by DM to a resident who asked for a person on Discord. */
@Component
class StaffRepliesOnDiscord {

	private final DiscordAlertSender sender;

	StaffRepliesOnDiscord(DiscordAlertSender sender) {
		this.sender = sender;
	}

	@ApplicationModuleListener
	void on(StaffReplied replied) {
		if (DiscordConversation.CHANNEL.equals(replied.channel())) {
			this.sender.send(new AlertMessage(replied.sender(), replied.text()));
		}
	}

}
