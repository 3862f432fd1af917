package org.civicline.telegram.internal;

import java.time.Duration;
import java.time.Instant;

import org.civicline.conversation.StaffReplied;
import org.civicline.conversation.StaffReplyUndelivered;
import org.civicline.emergency.spi.AlertRetries;
import org.civicline.emergency.spi.AlertSender.AlertMessage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends staff's answer to a resident who asked for a person on Telegram. */
@Component
class StaffRepliesOnTelegram {

	// Staff are waiting on the answer: a few tries over about half a minute, then they
	// are told.
	private static final int ATTEMPTS = 4;

	private static final Duration FIRST_PAUSE = Duration.ofSeconds(4);

	private final TelegramAlertSender sender;

	private final AlertRetries retries;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	StaffRepliesOnTelegram(TelegramAlertSender sender, AlertRetries retries, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.sender = sender;
		this.retries = retries;
		this.events = events;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(StaffReplied replied) {
		if (TelegramBot.CHANNEL.equals(replied.channel())) {
			this.retries.send(this.sender, new AlertMessage(replied.sender(), replied.text()), ATTEMPTS, FIRST_PAUSE,
					(why) -> undelivered(replied, why));
		}
	}

	private void undelivered(StaffReplied replied, String why) {
		// A later try gives up on the retries' thread, outside this listener's
		// transaction, and staff's inbox hears only of events published in one.
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new StaffReplyUndelivered(replied.channel(), replied.sender(), why, Instant.now())));
	}

}
