package org.civicline.telegram.internal;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * {@code sendMessage} under the name Telegram's documentation gives it. telegrambots
 * lower-cases the method in the URL and body; Telegram accepts either, but proxies, logs
 * and monitoring keyed on the documented name only see this one.
 */
class SendMessageAsDocumented extends SendMessage {

	SendMessageAsDocumented(long chatId, String text) {
		super(String.valueOf(chatId), text);
	}

	@Override
	public String getMethod() {
		return "sendMessage";
	}

}
