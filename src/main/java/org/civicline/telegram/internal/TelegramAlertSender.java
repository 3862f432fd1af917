package org.civicline.telegram.internal;

import java.util.List;

import org.civicline.emergency.spi.AlertSender;

import org.springframework.stereotype.Component;

/** Emergency alerts to residents who sent {@code /alerts}. */
@Component
class TelegramAlertSender implements AlertSender {

	private final TelegramApi api;

	TelegramAlertSender(TelegramApi api) {
		this.api = api;
	}

	@Override
	public String channel() {
		return TelegramBot.CHANNEL;
	}

	@Override
	public AlertDelivery send(AlertMessage message) {
		long chat;
		try {
			chat = Long.parseLong(message.address());
		}
		catch (NumberFormatException ex) {
			return new AlertDelivery(Outcome.REJECTED, null, "not a Telegram chat id");
		}
		return switch (this.api.send(chat, message.text(), List.of())) {
			case OK -> new AlertDelivery(Outcome.ACCEPTED, null, null);
			// A user who blocked the bot has left: nothing more goes to them.
			case BLOCKED -> new AlertDelivery(Outcome.OPTED_OUT, null, "blocked the bot");
			case FAILED -> new AlertDelivery(Outcome.TRY_LATER, null, "Telegram did not take it");
		};
	}

}
