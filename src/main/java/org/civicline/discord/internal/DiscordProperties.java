package org.civicline.discord.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Discord bot. It stays off until {@code bot-token} is set (from the environment:
 * {@code CIVICLINE_DISCORD_BOT_TOKEN}).
 *
 * @param botToken the bot's token from the Discord developer portal
 * @param guildId a server to register the slash commands in at once (global commands take
 * up to an hour to appear); none, global
 */
@ConfigurationProperties("civicline.discord")
record DiscordProperties(String botToken, String guildId) {

	boolean enabled() {
		return this.botToken != null && !this.botToken.isBlank();
	}

}
