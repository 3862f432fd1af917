package org.civicline.telegram.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Long polling, for a developer's machine that Telegram cannot post to. */
@Component
class TelegramPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	private final TelegramProperties properties;

	private final TelegramBot bot;

	private TelegramBotsLongPollingApplication application;

	TelegramPolling(TelegramProperties properties, TelegramBot bot) {
		this.properties = properties;
		this.bot = bot;
	}

	@Override
	public void start() {
		if (!this.properties.enabled() || !this.properties.polling()) {
			return;
		}
		try {
			this.application = new TelegramBotsLongPollingApplication();
			this.application.registerBot(this.properties.botToken(), this.properties::telegramUrl,
					(offset) -> GetUpdates.builder().offset(offset + 1).timeout(50).build(),
					new LongPollingSingleThreadUpdateConsumer() {
						@Override
						public void consume(Update update) {
							TelegramPolling.this.bot.handle(update);
						}
					});
			log.info("Telegram bot polling for updates");
		}
		catch (TelegramApiException ex) {
			log.error("Telegram polling could not start: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		if (this.application != null) {
			try {
				this.application.close();
			}
			catch (Exception ex) {
				log.debug("Telegram polling stopped with {}", ex.getMessage());
			}
			this.application = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.application != null;
	}

}
