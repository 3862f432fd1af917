package org.civicline.telegram.internal;

import java.net.URI;

import org.telegram.telegrambots.meta.TelegramUrl;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram bot. It stays off until {@code bot-token} is set (from the environment:
 * {@code CIVICLINE_TELEGRAM_BOT_TOKEN}).
 *
 * @param botToken the token BotFather gave
 * @param botUsername the bot's username, without {@code @}
 * @param mode {@code webhook} (Telegram posts to {@code /webhooks/telegram}) or
 * {@code polling} (CivicLine asks Telegram, for a machine with no public URL)
 * @param webhookSecret the {@code secret_token} given to {@code setWebhook}; without it
 * the webhook refuses everything
 * @param apiBaseUrl the Bot API (a local fake in tests)
 */
@ConfigurationProperties("civicline.telegram")
public record TelegramProperties(String botToken, String botUsername, @DefaultValue("webhook") String mode,
		String webhookSecret, @DefaultValue("https://api.telegram.org") String apiBaseUrl) {

	public boolean enabled() {
		return this.botToken != null && !this.botToken.isBlank();
	}

	boolean polling() {
		return "polling".equalsIgnoreCase(this.mode);
	}

	TelegramUrl telegramUrl() {
		URI uri = URI.create(this.apiBaseUrl);
		int port = (uri.getPort() > 0) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
		return TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).build();
	}

}
