package org.civicline.discord.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.conversation.UnacceptableMessage;
import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;

import org.springframework.stereotype.Component;

/**
 * What the bot says, free of JDA: the engine's reply cut to Discord's limits, an FAQ
 * answer as an embed, quick replies as buttons.
 */
@Component
class DiscordConversation {

	static final String CHANNEL = "discord";

	static final int CONTENT_LIMIT = 2000;

	static final int EMBED_LIMIT = 4096;

	private final Conversations conversations;

	private final AlertSubscriptions subscriptions;

	DiscordConversation(Conversations conversations, AlertSubscriptions subscriptions) {
		this.conversations = conversations;
		this.subscriptions = subscriptions;
	}

	/**
	 * @param content the message text, sent as several messages past 2,000 characters
	 * @param embed an FAQ answer to show as an embed, or {@code null}
	 * @param buttons quick replies
	 */
	record DiscordReply(String content, String embed, List<String> buttons) {
	}

	DiscordReply respond(String userId, String text, String language) {
		Reply reply;
		try {
			reply = this.conversations.handle(new InboundMessage(CHANNEL, userId, text, language));
		}
		catch (UnacceptableMessage ex) {
			return new DiscordReply(ex.getMessage(), null, List.of());
		}
		List<String> buttons = reply.suggestions().subList(0, Math.min(reply.suggestions().size(), 5));
		if ("answer".equals(reply.kind()) && reply.faqId() != null) {
			// An FAQ answer reads best as an embed; its first line goes in the message so
			// notifications show something useful.
			return new DiscordReply(cut(firstLine(reply.shortText()), CONTENT_LIMIT), cut(reply.text(), EMBED_LIMIT),
					buttons);
		}
		return new DiscordReply(reply.text(), null, buttons);
	}

	DiscordReply toggleAlerts(String userId, String language) {
		boolean on = this.subscriptions.toggle(new ConsentStep(CHANNEL, userId, "/alerts", null, language));
		boolean spanish = "es".equals(language);
		String text = on ? (spanish
				? "Recibirá las alertas de emergencia de la ciudad por mensaje directo. Use /alerts otra vez para dejar de recibirlas."
				: "You'll get City emergency alerts by direct message. Use /alerts again to stop them.")
				: (spanish ? "Ya no recibirá alertas de emergencia. Use /alerts para recibirlas otra vez."
						: "Emergency alerts stopped. Use /alerts to get them again.");
		return new DiscordReply(text, null, List.of());
	}

	/**
	 * Splits text over several messages of at most 2,000 characters, on word boundaries.
	 */
	static List<String> parts(String text) {
		List<String> parts = new ArrayList<>();
		String rest = text;
		while (rest.length() > CONTENT_LIMIT) {
			int cut = rest.lastIndexOf(' ', CONTENT_LIMIT);
			cut = (cut < CONTENT_LIMIT / 2) ? CONTENT_LIMIT : cut;
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		parts.add(rest);
		return parts;
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end > 0) ? text.substring(0, end) : text;
	}

	private static String cut(String text, int limit) {
		return (text.length() <= limit) ? text : text.substring(0, limit - 1) + "…";
	}

}
