package org.civicline.discord.internal;

import java.util.EnumSet;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Connects the bot to Discord's gateway when a token is configured, and registers its
 * commands.
 */
@Component
class DiscordBot implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

	private final DiscordProperties properties;

	private final DiscordConversation conversation;

	private volatile JDA jda;

	DiscordBot(DiscordProperties properties, DiscordConversation conversation) {
		this.properties = properties;
		this.conversation = conversation;
	}

	JDA jda() {
		return this.jda;
	}

	@Override
	public void start() {
		if (!this.properties.enabled()) {
			return;
		}
		// Direct messages carry their content without the privileged MESSAGE_CONTENT
		// intent. The listener is made here, not as a bean: the context reads every
		// bean's methods, and a ListenerAdapter's take some 230 event classes, which a
		// city without Discord would otherwise load at every start.
		this.jda = JDABuilder.createLight(this.properties.botToken(), EnumSet.of(GatewayIntent.DIRECT_MESSAGES))
			.addEventListeners(new DiscordListener(this.conversation))
			.build();
		this.jda.addEventListener(new net.dv8tion.jda.api.hooks.ListenerAdapter() {
			@Override
			public void onReady(net.dv8tion.jda.api.events.session.ReadyEvent event) {
				registerCommands();
			}
		});
		log.info("Discord bot connecting");
	}

	// Built when the bot connects, not when the class loads: describing them loads a good
	// part of JDA, which a city without Discord would load for nothing at every start.
	private static CommandData[] commands() {
		return new CommandData[] {
				Commands.slash("ask", "Ask a question about city services")
					.addOption(OptionType.STRING, "question", "What you want to know", true),
				Commands.slash("report", "Report a problem: a pothole, noise, a streetlight out...")
					.addOption(OptionType.STRING, "problem", "What and where", false),
				Commands.slash("status", "Check a service request")
					.addOption(OptionType.STRING, "number", "The request number", false),
				Commands.slash("alerts", "Start or stop emergency alerts by direct message") };
	}

	private void registerCommands() {
		if (this.properties.guildId() != null && !this.properties.guildId().isBlank()) {
			var guild = this.jda.getGuildById(this.properties.guildId());
			if (guild != null) {
				guild.updateCommands().addCommands(commands()).queue();
				return;
			}
		}
		this.jda.updateCommands().addCommands(commands()).queue();
	}

	@Override
	public void stop() {
		if (this.jda != null) {
			this.jda.shutdown();
			this.jda = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.jda != null;
	}

}
