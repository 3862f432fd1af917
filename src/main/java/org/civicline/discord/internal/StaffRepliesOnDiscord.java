package org.civicline.discord.internal;

import java.time.Duration;
import java.time.Instant;

import org.civicline.conversation.StaffReplied;
import org.civicline.conversation.StaffReplyUndelivered;
import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.civicline.emergency.spi.AlertSender.Outcome;
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

	private final ApplicationEventPublisher events;

	StaffRepliesOnDiscord(DiscordAlertSender sender, ApplicationEventPublisher events) {
		this.sender = sender;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(StaffReplied replied) {
		if (DiscordConversation.CHANNEL.equals(replied.channel())) {
			AlertDelivery delivery = this.sender.sendTrying(new AlertMessage(replied.sender(), replied.text()),
					ATTEMPTS, FIRST_PAUSE);
			if (delivery.outcome() != Outcome.ACCEPTED) {
				this.events.publishEvent(new StaffReplyUndelivered(replied.channel(), replied.sender(),
						String.valueOf(delivery.detail()), Instant.now()));
			}
		}
	}

}
