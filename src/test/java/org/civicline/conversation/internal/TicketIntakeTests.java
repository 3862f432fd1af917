package org.civicline.conversation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.nlp.PlaceFinder;
import org.civicline.tickets.NewTicket;
import org.civicline.tickets.ServiceCatalog;
import org.civicline.tickets.ServiceDefinition;
import org.civicline.tickets.ServiceDefinition.Attribute;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class TicketIntakeTests {

	static final ServiceDefinition pothole = new ServiceDefinition("pothole", "Pothole", "Road holes", "Public Works",
			List.of(new Attribute("size", "How big?", false, List.of("small", "large"))));

	static final ServiceDefinition parking = new ServiceDefinition("illegal-parking", "Illegal parking",
			"Blocking cars", "Parking Enforcement",
			List.of(new Attribute("vehicle", "Which vehicle?", true, List.of())));

	static final ServiceDefinition noise = new ServiceDefinition("noise", "Noise", "Loud", "Police",
			List.of(new Attribute("source", "What is making the noise?", true,
					List.of("music or party", "construction", "dog"))));

	static final ServiceCatalog catalog = new ServiceCatalog() {
		@Override
		public List<ServiceDefinition> all() {
			return List.of(pothole, parking, noise);
		}

		@Override
		public Optional<ServiceDefinition> find(String code) {
			return all().stream().filter((service) -> service.code().equals(code)).findFirst();
		}
	};

	// Streets in tests are "<number> <Name> St" or "<Name> & <Name>"; enough to drive the
	// intake.
	static final PlaceFinder places = (text) -> {
		Matcher place = Pattern.compile("(\\d+ \\w+ St|\\w+ & \\w+)").matcher(text);
		return place.find() ? Optional.of(place.group(1)) : Optional.empty();
	};

	final Tickets tickets = mock(Tickets.class);

	final InboundMessage message = new InboundMessage("sms", "+15550001111", "", "en");

	TicketIntake intake;

	DialogueStates dialogues;

	@BeforeEach
	void intake() {
		this.dialogues = DialogueStoreForTests.empty(Duration.ofMinutes(30));
		this.intake = new TicketIntake(catalog, this.tickets, places, this.dialogues);
		given(this.tickets.findOpenDuplicate(anyString(), any(), any(), any())).willReturn(Optional.empty());
		given(this.tickets.file(any())).willAnswer((call) -> filed(call.getArgument(0), "1042"));
	}

	@Test
	void aReportThatSaysWhereIsReadBackAtOnce() {
		Reply reply = this.intake.start(this.message, "pothole", "huge pothole at Fifth & Main");
		assertThat(reply.kind()).isEqualTo("confirm");
		assertThat(reply.text()).isEqualTo("Pothole at Fifth & Main - shall I file it? Reply YES or NO.");
	}

	@Test
	void asksWhereWhenTheMessageDoesNotSay() {
		Reply reply = this.intake.start(this.message, "pothole", "there's a pothole");
		assertThat(reply.text()).contains("Where is it?");
		assertThat(answer("12 Elm St").text()).startsWith("Pothole at 12 Elm St");
	}

	@Test
	void asksForARequiredDetailButNeverAnOptionalOne() {
		assertThat(this.intake.start(this.message, "illegal-parking", "car blocking my driveway at 3 Oak St").text())
			.startsWith("Illegal parking at 3 Oak St, vehicle: car");
		assertThat(this.intake.start(this.message, "noise", "so loud at 3 Oak St").text())
			.isEqualTo("What is making the noise?");
		assertThat(answer("2").text()).startsWith("Noise at 3 Oak St, source: construction");
	}

	@Test
	void yesFilesTheRequestAndGivesItsNumber() {
		this.intake.start(this.message, "pothole", "pothole at Fifth & Main");
		Reply reply = answer("YES");
		assertThat(reply.kind()).isEqualTo("filed");
		assertThat(reply.text()).contains("1042");
		ArgumentCaptor<NewTicket> filed = ArgumentCaptor.forClass(NewTicket.class);
		verify(this.tickets).file(filed.capture());
		assertThat(filed.getValue().address()).isEqualTo("Fifth & Main");
		assertThat(filed.getValue().sender()).isEqualTo("+15550001111");
		assertThat(this.intake.inProgress(this.message)).isFalse();
	}

	@Test
	void aReportKeptForAServiceTheCityHasSinceRemovedIsSetAsideNotFailedOn() {
		this.dialogues.keepReport(this.message.conversationKey(),
				ReportDraft.of("retired-service", "the old kiosk is broken", "12 Elm St", null)
					.awaiting(ReportDraft.Awaiting.CONFIRMATION));
		assertThat(this.intake.inProgress(this.message)).isFalse();
		assertThat(this.intake.answer(this.message, "YES", false)).isEmpty();
		assertThat(this.dialogues.report(this.message.conversationKey())).isEmpty();
		verify(this.tickets, never()).file(any());
	}

	@Test
	void aReportAwaitingADetailTheServiceNoLongerAsksIsSetAside() {
		this.dialogues.keepReport(this.message.conversationKey(),
				ReportDraft.of("noise", "loud", "3 Oak St", null).awaiting(ReportDraft.Awaiting.detail("decibels")));
		assertThat(this.intake.answer(this.message, "very", false)).isEmpty();
		assertThat(this.intake.inProgress(this.message)).isFalse();
	}

	@Test
	void theResidentCanCorrectThePlaceBeforeSayingYes() {
		this.intake.start(this.message, "pothole", "pothole at Fifth & Main");
		assertThat(answer("no wait, it's at Sixth & Main").text()).startsWith("Pothole at Sixth & Main");
	}

	@Test
	void cancellingAtAnyPointFilesNothing() {
		this.intake.start(this.message, "illegal-parking", "someone parked at 3 Oak St");
		assertThat(answer("nevermind").kind()).isEqualTo("cancelled");
		assertThat(this.intake.inProgress(this.message)).isFalse();
		verify(this.tickets, never()).file(any());
	}

	@Test
	void anOpenRequestAtTheSamePlaceIsOfferedInsteadOfADuplicate() {
		given(this.tickets.findOpenDuplicate("pothole", "Fifth & Main", null, null)).willReturn(Optional
			.of(filed(new NewTicket("pothole", "d", "Fifth & Main", null, null, Map.of(), "web", "someone-else", null),
					"1001")));
		this.intake.start(this.message, "pothole", "pothole at Fifth & Main");
		assertThat(answer("yes").text()).contains("#1001").contains("FOLLOW").contains("NEW");
		assertThat(answer("follow").text()).contains("1001");
		verify(this.tickets, never()).file(any());
	}

	@Test
	void newFilesAnotherDespiteTheOpenOne() {
		given(this.tickets.findOpenDuplicate("pothole", "Fifth & Main", null, null)).willReturn(Optional
			.of(filed(new NewTicket("pothole", "d", "Fifth & Main", null, null, Map.of(), "web", "someone-else", null),
					"1001")));
		this.intake.start(this.message, "pothole", "pothole at Fifth & Main");
		answer("yes");
		assertThat(answer("NEW").text()).contains("1042");
	}

	@Test
	void changingTheSubjectSetsTheReportAside() {
		this.intake.start(this.message, "pothole", "there's a pothole");
		assertThat(this.intake.answer(this.message, "when is trash day", true)).isEmpty();
		assertThat(this.intake.inProgress(this.message)).isFalse();
	}

	@Test
	void aSharedLocationIsWhereAndIsFiledAsCoordinates() {
		InboundMessage located = new InboundMessage("telegram", "77", "pothole here", "en",
				new InboundMessage.Coordinates(42.3601, -71.0589));
		given(this.tickets.findOpenDuplicate("pothole", null, 42.3601, -71.0589)).willReturn(Optional.empty());
		Reply reply = this.intake.start(located, "pothole", "pothole here");
		assertThat(reply.text()).startsWith("Pothole at your shared location (42.36010, -71.05890)");
		this.intake.answer(new InboundMessage("telegram", "77", "yes", "en"), "yes", false);
		ArgumentCaptor<NewTicket> filed = ArgumentCaptor.forClass(NewTicket.class);
		verify(this.tickets).file(filed.capture());
		assertThat(filed.getValue().latitude()).isEqualTo(42.3601);
		assertThat(filed.getValue().longitude()).isEqualTo(-71.0589);
		assertThat(filed.getValue().address()).isNull();
	}

	@Test
	void aYesIsNotTakenAsTheVehicle() {
		this.intake.start(this.message, "illegal-parking", "someone parked at 3 Oak St");
		assertThat(answer("yes").text()).isEqualTo("Which vehicle?");
	}

	private Reply answer(String text) {
		return this.intake.answer(this.message, text, false).orElseThrow();
	}

	static Ticket filed(NewTicket ticket, String number) {
		return new Ticket(number, ticket.serviceCode(), "open", null, ticket.description(), ticket.address(), null,
				null, ticket.attributes(), "Public Works", ticket.channel(), ticket.sender(), null, Instant.now(),
				Instant.now());
	}

}
