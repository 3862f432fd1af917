package org.civicline.discord.internal;

import java.util.List;

import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.emergency.AlertSubscriptions;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The adapter's handling of Discord events, with JDA's types built by Mockito. */
class DiscordListenerTests {

	final Conversations conversations = mock(Conversations.class);

	final AlertSubscriptions subscriptions = mock(AlertSubscriptions.class);

	final DiscordListener listener = new DiscordListener(
			new DiscordConversation(this.conversations, this.subscriptions));

	@Test
	void aSlashCommandIsDeferredFirstThenAnsweredThroughTheHookWithAnEmbed() {
		given(this.conversations.handle(any()))
			.willReturn(new Reply("answer", "Put bulky items out the night before.\n\nBook at portmarlow.example/bulk.",
					"Book a bulky pickup at portmarlow.example/bulk.", List.of(), "bulky-furniture"));
		SlashCommandInteractionEvent event = slashCommand("ask", "question", "how do I throw out a couch", "42");

		this.listener.onSlashCommandInteraction(event);

		InOrder order = inOrder(event, event.getHook());
		order.verify(event).deferReply(true);
		ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
		order.verify(event.getHook()).sendMessage(sent.capture());
		assertThat(sent.getValue().getContent()).isEqualTo("Book a bulky pickup at portmarlow.example/bulk.");
		assertThat(sent.getValue().getEmbeds()).singleElement()
			.satisfies((embed) -> assertThat(embed.getDescription()).startsWith("Put bulky items out"));
		ArgumentCaptor<InboundMessage> asked = ArgumentCaptor.forClass(InboundMessage.class);
		verify(this.conversations).handle(asked.capture());
		assertThat(asked.getValue().channel()).isEqualTo("discord");
		assertThat(asked.getValue().sender()).isEqualTo("42");
		assertThat(asked.getValue().text()).isEqualTo("how do I throw out a couch");
	}

	@Test
	void quickRepliesBecomeButtonsAndLongRepliesStayWithin2000Characters() {
		String longText = "word ".repeat(900);
		given(this.conversations.handle(any()))
			.willReturn(new Reply("confirm", longText, longText, List.of("YES", "NO"), null));
		SlashCommandInteractionEvent event = slashCommand("report", "problem", "pothole on Elm", "43");

		this.listener.onSlashCommandInteraction(event);

		ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(event.getHook(), org.mockito.Mockito.times(3)).sendMessage(sent.capture());
		assertThat(sent.getAllValues()).allSatisfy((m) -> assertThat(m.getContent()).hasSizeLessThanOrEqualTo(2000));
		assertThat(sent.getAllValues().get(2).getComponents()).hasSize(1);
		assertThat(sent.getAllValues().get(0).getComponents()).isEmpty();
	}

	@Test
	void aDirectMessageIsAnsweredInTheSameChannel() {
		given(this.conversations.handle(any()))
			.willReturn(new Reply("unknown", "I can't help with that.", "I can't help with that.", List.of(), null));
		MessageReceivedEvent event = mock(MessageReceivedEvent.class, RETURNS_DEEP_STUBS);
		given(event.getAuthor().isBot()).willReturn(false);
		given(event.getAuthor().getId()).willReturn("44");
		given(event.isFromType(ChannelType.PRIVATE)).willReturn(true);
		given(event.getMessage().getContentRaw()).willReturn("hello 311");
		MessageChannelUnion channel = mock(MessageChannelUnion.class);
		given(event.getChannel()).willReturn(channel);
		given(channel.sendMessage(any(MessageCreateData.class))).willReturn(mock(MessageCreateAction.class));

		this.listener.onMessageReceived(event);

		ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(channel).sendMessage(sent.capture());
		assertThat(sent.getValue().getContent()).isEqualTo("I can't help with that.");
	}

	@Test
	void messagesInServerChannelsAndFromBotsAreLeftAlone() {
		MessageReceivedEvent inServer = mock(MessageReceivedEvent.class, RETURNS_DEEP_STUBS);
		given(inServer.getAuthor().isBot()).willReturn(false);
		given(inServer.isFromType(ChannelType.PRIVATE)).willReturn(false);
		MessageReceivedEvent fromBot = mock(MessageReceivedEvent.class, RETURNS_DEEP_STUBS);
		given(fromBot.getAuthor().isBot()).willReturn(true);

		this.listener.onMessageReceived(inServer);
		this.listener.onMessageReceived(fromBot);

		verifyNoInteractions(this.conversations);
		verify(inServer, never()).getChannel();
	}

	@Test
	void alertsTogglesEmergencyAlertsByDirectMessage() {
		SlashCommandInteractionEvent event = slashCommand("alerts", null, null, "45");
		given(this.subscriptions.mayAlert("discord", "45")).willReturn(false);
		given(this.subscriptions.toggle(any())).willCallRealMethod();

		this.listener.onSlashCommandInteraction(event);

		verify(this.subscriptions).confirm(any());
		ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(event.getHook()).sendMessage(sent.capture());
		assertThat(sent.getValue().getContent()).contains("emergency alerts");
	}

	@Test
	void aCommandFromADiscordInSpanishIsReadWithSpanishAsTheHintAndAlertsAnswerInSpanish() {
		given(this.conversations.handle(any()))
			.willReturn(new Reply("answer", "La basura se recoge una vez por semana.", "Una vez por semana.", List.of(),
					"trash-collection-day", "es"));
		SlashCommandInteractionEvent asked = slashCommand("ask", "question", "basura", "46");
		given(asked.getUserLocale()).willReturn(DiscordLocale.SPANISH_LATAM);

		this.listener.onSlashCommandInteraction(asked);

		ArgumentCaptor<InboundMessage> message = ArgumentCaptor.forClass(InboundMessage.class);
		verify(this.conversations).handle(message.capture());
		assertThat(message.getValue().language()).isEqualTo("es");

		SlashCommandInteractionEvent alerts = slashCommand("alerts", null, null, "46");
		given(alerts.getUserLocale()).willReturn(DiscordLocale.SPANISH);
		given(this.subscriptions.mayAlert("discord", "46")).willReturn(false);
		given(this.subscriptions.toggle(any())).willCallRealMethod();
		this.listener.onSlashCommandInteraction(alerts);
		ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(alerts.getHook()).sendMessage(sent.capture());
		assertThat(sent.getValue().getContent()).startsWith("Recibirá las alertas de emergencia");
	}

	private SlashCommandInteractionEvent slashCommand(String name, String option, String value, String userId) {
		SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
		given(event.getName()).willReturn(name);
		if (option != null) {
			OptionMapping mapping = mock(OptionMapping.class);
			given(mapping.getAsString()).willReturn(value);
			given(event.getOption(option)).willReturn(mapping);
		}
		User user = mock(User.class);
		given(user.getId()).willReturn(userId);
		given(event.getUser()).willReturn(user);
		given(event.deferReply(true)).willReturn(mock(ReplyCallbackAction.class));
		InteractionHook hook = mock(InteractionHook.class);
		given(hook.sendMessage(any(MessageCreateData.class))).willReturn(mock(WebhookMessageCreateAction.class));
		given(event.getHook()).willReturn(hook);
		return event;
	}

}
