package org.civicline.telegram.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civicline.telegram.internal.TelegramBot;
import org.civicline.telegram.internal.TelegramProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram posts updates. Only a request carrying the configured secret token is
 * read; the comparison takes the same time whatever the token.
 */
@RestController
class TelegramWebhook {

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	// telegrambots' types are Jackson 2 objects; Telegram adds fields without notice.
	private static final ObjectMapper updates = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final TelegramProperties properties;

	private final TelegramBot bot;

	TelegramWebhook(TelegramProperties properties, TelegramBot bot) {
		this.properties = properties;
		this.bot = bot;
	}

	@PostMapping("/webhooks/telegram")
	ResponseEntity<Void> update(
			@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
			@RequestBody String body) {
		if (!this.properties.enabled() || !matches(secret)) {
			log.warn("Refused a Telegram webhook call without the right secret token");
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		Update update;
		try {
			update = updates.readValue(body, Update.class);
		}
		catch (Exception ex) {
			return ResponseEntity.badRequest().build();
		}
		this.bot.handle(update);
		return ResponseEntity.ok().build();
	}

	private boolean matches(String secret) {
		String expected = this.properties.webhookSecret();
		if (expected == null || expected.isBlank() || secret == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				secret.getBytes(StandardCharsets.UTF_8));
	}

}
