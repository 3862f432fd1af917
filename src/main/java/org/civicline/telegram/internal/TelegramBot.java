package org.civicline.telegram.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.conversation.UnacceptableMessage;
import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One Telegram update in: a command, a text, a shared location or a tapped quick reply;
 * the answer goes back through the Bot API. Each update is handled once, whichever
 * instance or mode received it.
 */
@Service
public class TelegramBot {

	static final String CHANNEL = "telegram";

	private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

	private final Conversations conversations;

	private final AlertSubscriptions subscriptions;

	private final TelegramApi api;

	private final JdbcClient jdbc;

	// Replies go out on their own thread, so the webhook answers Telegram at once even
	// while a 429 is waited out.
	private final ExecutorService outbound = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "telegram-send");
		thread.setDaemon(true);
		return thread;
	});

	TelegramBot(Conversations conversations, AlertSubscriptions subscriptions, TelegramApi api, JdbcClient jdbc) {
		this.conversations = conversations;
		this.subscriptions = subscriptions;
		this.api = api;
		this.jdbc = jdbc;
	}

	public void handle(Update update) {
		if (update.getUpdateId() == null || !firstTime(update.getUpdateId())) {
			return;
		}
		try {
			respond(update);
		}
		catch (RuntimeException ex) {
			// Telegram delivers the update again; that delivery must be handled.
			this.jdbc.sql("delete from telegram_update where update_id = ?").param(update.getUpdateId()).update();
			throw ex;
		}
	}

	private void respond(Update update) {
		if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
			this.api.acknowledge(update.getCallbackQuery().getId());
			long chat = update.getCallbackQuery().getMessage().getChatId();
			answer(chat, new InboundMessage(CHANNEL, String.valueOf(chat), update.getCallbackQuery().getData(), "en"));
			return;
		}
		Message message = update.hasMessage() ? update.getMessage() : null;
		if (message == null || message.getChatId() == null) {
			return;
		}
		long chat = message.getChatId();
		String sender = String.valueOf(chat);
		String language = language(message);
		if (message.hasLocation()) {
			answer(chat, new InboundMessage(CHANNEL, sender, "here", "en", new InboundMessage.Coordinates(
					message.getLocation().getLatitude(), message.getLocation().getLongitude())));
			return;
		}
		if (!message.hasText()) {
			send(chat, TelegramReplies.in(language, TelegramReplies.TEXT_ONLY, TelegramReplies.TEXT_ONLY_ES),
					List.of());
			return;
		}
		String text = message.getText().strip();
		String command = command(text);
		switch (command) {
			case "/start", "/help" ->
				send(chat, TelegramReplies.in(language, TelegramReplies.WELCOME, TelegramReplies.WELCOME_ES),
						"es".equals(language) ? List.of("Reportar un problema", "Consultar una solicitud")
								: List.of("Report a problem", "Check a request"));
			case "/alerts" -> send(chat, toggleAlerts(sender, text, language), List.of());
			case "/report" -> answer(chat, new InboundMessage(CHANNEL, sender, "report a problem", "en"));
			case "/status" -> answer(chat, new InboundMessage(CHANNEL, sender, "check a request", "en"));
			default -> answer(chat, new InboundMessage(CHANNEL, sender, text, language));
		}
	}

	// The language the resident set in Telegram ("es", "es-419"): Telegram's own texts
	// follow it, and it is the engine's hint for words that tell neither language.
	private static String language(Message message) {
		String code = (message.getFrom() != null) ? message.getFrom().getLanguageCode() : null;
		return (code != null && code.toLowerCase(java.util.Locale.ROOT).startsWith("es")) ? "es" : "en";
	}

	private void answer(long chat, InboundMessage message) {
		Reply reply;
		try {
			reply = this.conversations.handle(message);
		}
		catch (UnacceptableMessage ex) {
			send(chat, ex.getMessage(), List.of());
			return;
		}
		if (!reply.dropped()) {
			send(chat, reply.text(), reply.suggestions());
		}
	}

	private String toggleAlerts(String sender, String text, String language) {
		return this.subscriptions.toggle(new ConsentStep(CHANNEL, sender, text, null, language))
				? TelegramReplies.in(language, TelegramReplies.ALERTS_ON, TelegramReplies.ALERTS_ON_ES)
				: TelegramReplies.in(language, TelegramReplies.ALERTS_OFF, TelegramReplies.ALERTS_OFF_ES);
	}

	private void send(long chat, String text, List<String> quickReplies) {
		this.outbound.execute(() -> this.api.send(chat, text, quickReplies));
	}

	private boolean firstTime(long updateId) {
		try {
			this.jdbc.sql("insert into telegram_update (update_id, received_at) values (?, ?)")
				.params(updateId, OffsetDateTime.now(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			log.debug("Telegram update {} seen before", updateId);
			return false;
		}
	}

	/** The command word, without a {@code @botname} suffix; empty for ordinary text. */
	static String command(String text) {
		if (!text.startsWith("/")) {
			return "";
		}
		String word = text.split("\\s+", 2)[0];
		int at = word.indexOf('@');
		return ((at > 0) ? word.substring(0, at) : word).toLowerCase(Locale.ROOT);
	}

}
