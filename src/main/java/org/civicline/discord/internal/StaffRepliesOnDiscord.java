package org.civicline.discord.internal;

import java.time.Duration;

import org.civicline.conversation.StaffReplied;
import org.civicline.conversation.StaffReplyUndelivered;
import org.civicline.emergency.spi.AlertRetries;
import org.civicline.emergency.spi.MessageUndelivered;
import org.civicline.emergency.spi.AlertSender.AlertMessage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends staff's answer by DM to a resident who asked for a person on Discord. */
@Component
class StaffRepliesOnDiscord {

	// Staff are waiting on the answer: a few tries over about half a minute, then they
	// are told.
	private static final int ATTEMPTS = 4;

	private static final Duration FIRST_PAUSE = Duration.ofSeconds(4);

	private final DiscordAlertSender sender;

	private final AlertRetries retries;

	private final ApplicationEventPublisher events;

	StaffRepliesOnDiscord(DiscordAlertSender sender, AlertRetries retries, ApplicationEventPublisher events) {
		this.sender = sender;
		this.retries = retries;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(StaffReplied replied) {
		if (DiscordConversation.CHANNEL.equals(replied.channel())) {
			this.retries.send(this.sender, new AlertMessage(replied.sender(), replied.text()), ATTEMPTS, FIRST_PAUSE);
		}
	}

	// Only staff's answers go through the retries on this channel.
	@ApplicationModuleListener
	void on(MessageUndelivered undelivered) {
		if (DiscordConversation.CHANNEL.equals(undelivered.channel())) {
			this.events.publishEvent(new StaffReplyUndelivered(undelivered.channel(), undelivered.address(),
					undelivered.detail(), undelivered.at()));
		}
	}

}
