package org.civicline.discord.internal;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

import org.civicline.emergency.spi.AlertSender;

import org.springframework.stereotype.Component;

/** Emergency alerts by direct message to residents who used {@code /alerts}. */
@Component
class DiscordAlertSender implements AlertSender {

	private final DiscordBot bot;

	DiscordAlertSender(DiscordBot bot) {
		this.bot = bot;
	}

	@Override
	public String channel() {
		return DiscordConversation.CHANNEL;
	}

	@Override
	public AlertDelivery send(AlertMessage message) {
		JDA jda = this.bot.jda();
		if (jda == null) {
			return new AlertDelivery(Outcome.TRY_LATER, null, "Discord is not connected");
		}
		try {
			String id = jda.openPrivateChannelById(message.address())
				.flatMap((channel) -> channel.sendMessage(DiscordConversation.parts(message.text()).get(0)))
				.complete()
				.getId();
			return new AlertDelivery(Outcome.ACCEPTED, id, null);
		}
		catch (ErrorResponseException ex) {
			// A user who closed their DMs or left every shared server cannot be reached.
			boolean gone = ex.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER
					|| ex.getErrorResponse() == ErrorResponse.UNKNOWN_USER;
			return new AlertDelivery(gone ? Outcome.OPTED_OUT : Outcome.TRY_LATER, null, ex.getMeaning());
		}
		catch (RuntimeException ex) {
			return new AlertDelivery(Outcome.TRY_LATER, null, ex.getClass().getSimpleName());
		}
	}

}
