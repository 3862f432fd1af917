package org.civicline.discord.internal;

import java.util.List;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Discord's events in, the engine's replies out. Interactions are deferred at once,
 * inside Discord's three seconds, and answered through the interaction's hook.
 */
class DiscordListener extends ListenerAdapter {

	static final String QUICK_REPLY = "qr:";

	private final DiscordConversation conversation;

	DiscordListener(DiscordConversation conversation) {
		this.conversation = conversation;
	}

	@Override
	public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
		event.deferReply(true).queue();
		String user = event.getUser().getId();
		String language = language(event);
		DiscordConversation.DiscordReply reply = switch (event.getName()) {
			case "ask" -> this.conversation.respond(user, option(event, "question", "help"), language);
			case "report" -> this.conversation.respond(user, option(event, "problem", "report a problem"), language);
			case "status" -> this.conversation.respond(user, "status " + option(event, "number", ""), language);
			case "alerts" -> this.conversation.toggleAlerts(user, language);
			default -> new DiscordConversation.DiscordReply("I don't know that command.", null, List.of());
		};
		send(event.getHook(), reply);
	}

	@Override
	public void onButtonInteraction(ButtonInteractionEvent event) {
		String id = event.getComponentId();
		if (!id.startsWith(QUICK_REPLY)) {
			return;
		}
		event.deferReply(true).queue();
		send(event.getHook(), this.conversation.respond(event.getUser().getId(), id.substring(QUICK_REPLY.length()),
				language(event)));
	}

	@Override
	public void onMessageReceived(MessageReceivedEvent event) {
		// Server channels are left alone: residents talk to the bot in DMs or by command.
		if (event.getAuthor().isBot() || !event.isFromType(ChannelType.PRIVATE)) {
			return;
		}
		// A direct message carries no locale: its words, and the conversation's language,
		// decide.
		DiscordConversation.DiscordReply reply = this.conversation.respond(event.getAuthor().getId(),
				event.getMessage().getContentRaw(), "en");
		if (reply.content().isEmpty() && reply.embed() == null) {
			return;
		}
		for (MessageCreateData message : messages(reply)) {
			event.getChannel().sendMessage(message).queue();
		}
	}

	// The language of the resident's Discord client ("es-ES", "es-419"), which Discord
	// sends with every interaction.
	private static String language(net.dv8tion.jda.api.interactions.Interaction event) {
		net.dv8tion.jda.api.interactions.DiscordLocale locale = event.getUserLocale();
		return (locale != null && locale.getLocale().startsWith("es")) ? "es" : "en";
	}

	private void send(InteractionHook hook, DiscordConversation.DiscordReply reply) {
		// A dropped message (a flood) gets nothing back.
		if (reply.content().isEmpty() && reply.embed() == null) {
			return;
		}
		for (MessageCreateData message : messages(reply)) {
			hook.sendMessage(message).queue();
		}
	}

	static List<MessageCreateData> messages(DiscordConversation.DiscordReply reply) {
		List<String> parts = DiscordConversation.parts(reply.content());
		List<MessageCreateData> messages = new java.util.ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			MessageCreateBuilder message = new MessageCreateBuilder().setContent(parts.get(i));
			if (i == parts.size() - 1) {
				if (reply.embed() != null) {
					message.setEmbeds(new EmbedBuilder().setDescription(reply.embed()).build());
				}
				if (!reply.buttons().isEmpty()) {
					message.addActionRow(reply.buttons()
						.stream()
						.map((label) -> Button.secondary(QUICK_REPLY + cut(label, 90), cut(label, 80)))
						.toList());
				}
			}
			messages.add(message.build());
		}
		return messages;
	}

	private static String option(SlashCommandInteractionEvent event, String name, String fallback) {
		OptionMapping option = event.getOption(name);
		return (option != null && !option.getAsString().isBlank()) ? option.getAsString() : fallback;
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
