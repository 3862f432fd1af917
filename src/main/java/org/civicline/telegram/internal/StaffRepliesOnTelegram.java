package org.civicline.telegram.internal;

import org.civicline.conversation.StaffReplied;
import org.civicline.emergency.spi.AlertSender.AlertMessage;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends staff's answer to a resident who asked for a person on Telegram. */
@Component
class StaffRepliesOnTelegram {

	private final TelegramAlertSender sender;

	StaffRepliesOnTelegram(TelegramAlertSender sender) {
		this.sender = sender;
	}

	@ApplicationModuleListener
	void on(StaffReplied replied) {
		if (TelegramBot.CHANNEL.equals(replied.channel())) {
			this.sender.send(new AlertMessage(replied.sender(), replied.text()));
		}
	}

}
