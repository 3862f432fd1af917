package org.civicline.telegram.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import org.springframework.stereotype.Component;

/**
 * telegrambots' client, sending messages within Telegram's limits: long texts split,
 * quick replies as an inline keyboard, and a 429's {@code retry_after} waited out.
 */
@Component
class TelegramApi {

	private static final Logger log = LoggerFactory.getLogger(TelegramApi.class);

	private static final int TRIES = 3;

	private final OkHttpTelegramClient client;

	TelegramApi(TelegramProperties properties) {
		this.client = properties.enabled() ? new OkHttpTelegramClient(properties.botToken(), properties.telegramUrl())
				: null;
	}

	/** What became of a message. */
	enum Sent {

		OK, BLOCKED, FAILED

	}

	Sent send(long chatId, String text, List<String> quickReplies) {
		if (this.client == null) {
			return Sent.FAILED;
		}
		List<String> parts = TelegramReplies.split(TelegramReplies.plain(text));
		for (int i = 0; i < parts.size(); i++) {
			SendMessage message = new SendMessageAsDocumented(chatId, parts.get(i));
			if (i == parts.size() - 1 && !quickReplies.isEmpty()) {
				message.setReplyMarkup(keyboard(quickReplies));
			}
			Sent sent = execute(message);
			if (sent != Sent.OK) {
				return sent;
			}
		}
		return Sent.OK;
	}

	void acknowledge(String callbackQueryId) {
		if (this.client == null) {
			return;
		}
		try {
			this.client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
		}
		catch (TelegramApiException ex) {
			log.debug("Telegram did not take a callback answer: {}", ex.getMessage());
		}
	}

	private Sent execute(SendMessage message) {
		for (int attempt = 1; attempt <= TRIES; attempt++) {
			try {
				this.client.execute(message);
				return Sent.OK;
			}
			catch (TelegramApiRequestException ex) {
				Integer code = ex.getErrorCode();
				if (code != null && code == 403) {
					return Sent.BLOCKED;
				}
				Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
				if (code != null && code == 429 && retryAfter != null && attempt < TRIES) {
					log.info("Telegram asks to wait {} s before the next message", retryAfter);
					sleep(retryAfter);
					continue;
				}
				log.warn("Telegram refused a message: {} {}", code, ex.getApiResponse());
				return Sent.FAILED;
			}
			catch (TelegramApiException ex) {
				log.warn("Telegram unreachable: {}", ex.getMessage());
				return Sent.FAILED;
			}
		}
		return Sent.FAILED;
	}

	private static InlineKeyboardMarkup keyboard(List<String> quickReplies) {
		InlineKeyboardRow row = new InlineKeyboardRow();
		for (String reply : quickReplies.subList(0, Math.min(quickReplies.size(), 4))) {
			// callback_data is at most 64 bytes; the label is what comes back as text.
			String data = withinBytes(reply, 64);
			row.add(InlineKeyboardButton.builder().text(reply).callbackData(data).build());
		}
		return InlineKeyboardMarkup.builder().keyboardRow(row).build();
	}

	/** The longest start of the text whose UTF-8 form fits the byte limit. */
	static String withinBytes(String text, int limit) {
		int end = text.length();
		while (text.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > limit) {
			end = text.offsetByCodePoints(end, -1);
		}
		return text.substring(0, end);
	}

	private static void sleep(int seconds) {
		try {
			TimeUnit.SECONDS.sleep(Math.min(seconds, 30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
