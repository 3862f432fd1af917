package org.civicline.conversation.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicline.conversation.CityProperties;
import org.civicline.emergency.Emergency;
import org.civicline.emergency.EmergencyMode;
import org.civicline.conversation.Analysis;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.conversation.UnacceptableMessage;
import org.civicline.conversation.UnacceptableMessage.Reason;
import org.civicline.faq.FaqEntries;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqMatches;
import org.civicline.faq.FaqSearch;
import org.civicline.tickets.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class ConversationEngineTests {

	static final FaqEntry trashDay = entry("trash-collection-day", "Finding your trash day");

	static final FaqEntry bulky = entry("bulky-furniture", "Throwing away furniture");

	final ConversationProperties properties = new ConversationProperties(2000, 0.5, 0.2, 0.15, "classpath:intents/",
			0.5, 0.6, 0.35, 0.65, 0.4, Duration.ofMinutes(30));

	final FaqSearch search = mock(FaqSearch.class);

	final IntentModel intents = mock(IntentModel.class);

	final Tickets tickets = mock(Tickets.class);

	final FaqEntries entries = mock(FaqEntries.class);

	final EmergencyMode emergencies = mock(EmergencyMode.class);

	final CallbackRequests callbacks = mock(CallbackRequests.class);

	final MeaningModel meanings = mock(MeaningModel.class);

	ConversationEngine engine;

	final FloodGuard flood = mock(FloodGuard.class);

	final Erasure erasure = mock(Erasure.class);

	// These tests are about English conversations; Spanish ones are pinned end to end.
	static final org.civicline.nlp.LanguageDetector ENGLISH_ONLY = new org.civicline.nlp.LanguageDetector() {
		@Override
		public Optional<String> detect(String text) {
			return Optional.empty();
		}

		@Override
		public Optional<String> requested(String text) {
			return Optional.empty();
		}
	};

	@BeforeEach
	void engine() {
		Router router = new Router(this.search, this.intents, this.meanings, this.properties,
				MeaningProperties.DEFAULTS, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		DialogueStates dialogues = DialogueStoreForTests.empty(this.properties.reportLifetime());
		this.engine = new ConversationEngine(new MessageRules(this.properties), this.entries,
				new FaqAnswerPolicy(this.properties), dialogues, router,
				new Replies(new CityProperties("Port Marlow", "311", "Mon-Fri 7am-7pm", "example.gov/311", "311",
						"lunes a viernes")),
				new TicketIntake(TicketIntakeTests.catalog, this.tickets, (text) -> Optional.empty(), dialogues),
				new StatusReplies(this.tickets, TicketIntakeTests.catalog), this.callbacks,
				new EmergencyPins(this.emergencies, dialogues), mock(UnansweredQuestions.class), mock(TurnLog.class),
				new ConversationLanguages(ENGLISH_ONLY, dialogues), this.flood, this.erasure);
		given(this.entries.findById("trash-collection-day")).willReturn(Optional.of(trashDay));
		given(this.entries.findById("bulky-furniture")).willReturn(Optional.of(bulky));
		given(this.flood.take(any())).willReturn(FloodGuard.Verdict.READ);
		// An entry in a language is the entry itself here: these conversations are
		// English.
		given(this.entries.findById(anyString(), anyString()))
			.willAnswer((call) -> this.entries.findById(call.<String>getArgument(0)));
		given(this.search.search(anyString())).willReturn(FaqMatches.NONE);
		given(this.intents.read(anyString())).willReturn(reading(Intent.FAQ));
		given(this.callbacks.handOff(any(), anyString(), any())).willAnswer((call) -> call.getArgument(2));
	}

	@Nested
	class InEmergencyMode {

		final Emergency storm = emergency(7);

		@Test
		void theFirstReplyOfAConversationCarriesTheGuidanceAndTheNextDoesNot() {
			given(emergencies.active()).willReturn(Optional.of(this.storm));
			found("when is trash day", 0.9, 0.5, trashDay);
			Reply first = engine.handle(new InboundMessage("web", "em-1", "when is trash day", "en"));
			Reply second = engine.handle(new InboundMessage("web", "em-1", "when is trash day", "en"));
			assertThat(first.text()).startsWith("**Storm Bea warning**: Stay indoors").contains(trashDay.answer());
			assertThat(first.shortText()).startsWith("Storm Bea: stay indoors.");
			assertThat(second.text()).isEqualTo(trashDay.answer());
		}

		@Test
		void anUpdatedGuidanceIsPinnedAgainOnce() {
			given(emergencies.active()).willReturn(Optional.of(this.storm));
			found("when is trash day", 0.9, 0.5, trashDay);
			engine.handle(new InboundMessage("web", "em-2", "when is trash day", "en"));
			given(emergencies.active()).willReturn(Optional.of(emergency(8)));
			assertThat(engine.handle(new InboundMessage("web", "em-2", "when is trash day", "en")).text())
				.contains("Storm Bea");
			assertThat(engine.handle(new InboundMessage("web", "em-2", "when is trash day", "en")).text())
				.doesNotContain("Storm Bea");
		}

		@Test
		void nothingGoesAheadOfASafetyReply() {
			given(emergencies.active()).willReturn(Optional.of(this.storm));
			given(intents.read(anyString())).willReturn(reading(Intent.EMERGENCY));
			Reply reply = engine.handle(new InboundMessage("web", "em-3", "my neighbour is not breathing", "en"));
			assertThat(reply.kind()).isEqualTo("emergency");
			assertThat(reply.text()).doesNotContain("Storm Bea");
		}

		@Test
		void theEmergencysOwnEntryIsAnsweredFirstWhenItFits() {
			given(emergencies.active()).willReturn(Optional.of(this.storm));
			given(search.search(anyString()))
				.willReturn(new FaqMatches(List.of(new FaqHit(trashDay, 10.0), new FaqHit(bulky, 8.0)), 0.3, 0.05));
			Reply reply = engine.handle(new InboundMessage("web", "em-4", "where do i put things", "en"));
			assertThat(reply.faqId()).isEqualTo("bulky-furniture");
		}

		Emergency emergency(long version) {
			return new Emergency(version, "hurricane", "before", "Storm Bea warning", "Storm Bea: stay indoors.",
					"Stay indoors from 6pm and keep off the roads.", List.of("bulky-furniture"), List.of(),
					java.time.Instant.now(), java.time.Instant.now().plusSeconds(3600), "test");
		}

	}

	@Nested
	class ReadingByMeaning {

		@Test
		void aMessageTheWordsAreUnsureOfIsStillAnsweredWhenTheEncoderFails() {
			found("when is trash day", 0.9, 0.6, trashDay, bulky);
			given(intents.read(anyString()))
				.willReturn(IntentReading.of(Map.of(Intent.FAQ, 0.6, Intent.OUT_OF_SCOPE, 0.4)));
			given(meanings.read(anyString())).willThrow(new IllegalStateException("no native library"));
			Reply reply = handle("when is trash day");
			assertThat(reply.kind()).isEqualTo("answer");
			assertThat(reply.faqId()).isEqualTo("trash-collection-day");
			verify(meanings).read("when is trash day");
		}

		@Test
		void aMessageTheWordsAreSureOfIsNotEncoded() {
			found("when is trash day", 0.9, 0.6, trashDay, bulky);
			handle("when is trash day");
			verify(meanings, never()).read(anyString());
		}

	}

	@Nested
	class Answering {

		@Test
		void answersWithTheStaffTextWhenConfidentAndClearlyAhead() {
			found("when is trash day", 0.9, 0.6, trashDay, bulky);
			Reply reply = handle("when is trash day");
			assertThat(reply.kind()).isEqualTo("answer");
			assertThat(reply.text()).isEqualTo(trashDay.answer());
			assertThat(reply.shortText()).isEqualTo(trashDay.shortAnswer());
			assertThat(reply.faqId()).isEqualTo("trash-collection-day");
		}

		@Test
		void asksWhichEntryWasMeantWhenTwoAreClose() {
			found("trash couch", 0.9, 0.05, trashDay, bulky);
			Reply reply = handle("trash couch");
			assertThat(reply.kind()).isEqualTo("clarify");
			assertThat(reply.text()).contains("Finding your trash day").contains("Throwing away furniture");
			assertThat(reply.suggestions()).containsExactly("Finding your trash day", "Throwing away furniture");
		}

		@Test
		void theResidentsPickAnswersTheChosenEntry() {
			found("trash couch", 0.9, 0.05, trashDay, bulky);
			handle("trash couch");
			assertThat(handle("2").faqId()).isEqualTo("bulky-furniture");
		}

		@Test
		void aPickIsTakenByTitleTooButOnlyOnce() {
			found("trash couch", 0.9, 0.05, trashDay, bulky);
			handle("trash couch");
			assertThat(handle("finding your trash day").faqId()).isEqualTo("trash-collection-day");
			assertThat(handle("2").kind()).isEqualTo("unknown");
		}

		@Test
		void aPickFromAnotherConversationIsNotMistakenForOne() {
			found("trash couch", 0.9, 0.05, trashDay, bulky);
			handle("trash couch");
			Reply reply = ConversationEngineTests.this.engine.handle(new InboundMessage("sms", "+15550100", "1", "en"));
			assertThat(reply.kind()).isEqualTo("unknown");
		}

		@Test
		void saysHonestlyItDoesNotKnowAndOffersAReport() {
			found("order a pizza", 0.05, 0.9, bulky);
			given(ConversationEngineTests.this.intents.read("order a pizza")).willReturn(reading(Intent.OUT_OF_SCOPE));
			Reply reply = handle("order a pizza");
			assertThat(reply.kind()).isEqualTo("unknown");
			assertThat(reply.text()).contains("don't have an answer").contains("service request");
			assertThat(reply.faqId()).isNull();
		}

	}

	@Nested
	class Analyzing {

		@Test
		void readsAnAnswerableQuestionAsFaqWithItsRankedCandidates() {
			found("when is trash day", 0.9, 0.6, trashDay, bulky);
			Analysis analysis = ConversationEngineTests.this.engine.analyze("when is trash day", "en");
			assertThat(analysis.intent()).isEqualTo("faq");
			assertThat(analysis.service()).isNull();
			assertThat(analysis.faq()).extracting(Analysis.Candidate::id)
				.containsExactly("trash-collection-day", "bulky-furniture");
		}

		@Test
		void readsAnUnanswerableMessageAsOutOfScopeButStillRanksCandidates() {
			found("weather", 0.05, 0.9, bulky);
			given(ConversationEngineTests.this.intents.read("weather")).willReturn(reading(Intent.OUT_OF_SCOPE));
			Analysis analysis = ConversationEngineTests.this.engine.analyze("weather", "en");
			assertThat(analysis.intent()).isEqualTo("out_of_scope");
			assertThat(analysis.faq()).hasSize(1);
		}

	}

	@Nested
	class KeepingPeopleSafe {

		@Test
		void aLifeThreateningMessageGetsCall911BeforeAnythingElse() {
			found("my kitchen is on fire", 0.9, 0.9, trashDay);
			Reply reply = handle("my kitchen is on fire");
			assertThat(reply.kind()).isEqualTo("emergency");
			assertThat(reply.text()).startsWith("Call 911 now");
			assertThat(reply.shortText()).startsWith("Call 911 now");
		}

		@Test
		void thoughtsOfSuicideGetThe988Lifeline() {
			Reply reply = handle("i want to end my life");
			assertThat(reply.kind()).isEqualTo("crisis");
			assertThat(reply.text()).contains("988");
		}

		@Test
		void domesticViolenceGetsTheNationalHotline() {
			Reply reply = handle("my husband beats me and i am scared to go home");
			assertThat(reply.kind()).isEqualTo("crisis");
			assertThat(reply.text()).contains("1-800-799-7233");
		}

		@Test
		void theClassifierCatchesWhatNoPatternForesaw() {
			given(ConversationEngineTests.this.intents.read("there is smoke pouring out of the daycare"))
				.willReturn(reading(Intent.EMERGENCY));
			assertThat(handle("there is smoke pouring out of the daycare").kind()).isEqualTo("emergency");
		}

	}

	@Nested
	class NeverADeadEnd {

		@Test
		void askingForAPersonGivesThePhoneLineItsHoursAndACallBack() {
			given(ConversationEngineTests.this.intents.read("can i talk to a real person"))
				.willReturn(reading(Intent.HUMAN));
			Reply reply = handle("can i talk to a real person");
			assertThat(reply.kind()).isEqualTo("human");
			assertThat(reply.text()).contains("311").contains("Mon-Fri 7am-7pm").contains("call you back");
			verify(ConversationEngineTests.this.callbacks).handOff(any(), eq("can i talk to a real person"), any());
		}

		@Test
		void aGreetingIsGreetedWithWhatTheAssistantDoes() {
			given(ConversationEngineTests.this.intents.read("hello")).willReturn(reading(Intent.SMALLTALK));
			Reply reply = handle("hello");
			assertThat(reply.kind()).isEqualTo("smalltalk");
			assertThat(reply.text()).contains("311 assistant").contains("911");
		}

		@Test
		void theMenusQuickRepliesAreAnswered() {
			assertThat(handle("Report a problem").text()).contains("what the problem is and where");
			assertThat(handle("Talk to a person").kind()).isEqualTo("human");
			assertThat(handle("Check a request").kind()).isEqualTo("status");
		}

		@Test
		void askingForAlertsGetsTheStaffAnswerOnAlerts() {
			FaqEntry alerts = entry("emergency-alerts-signup", "Emergency text alerts");
			given(ConversationEngineTests.this.entries.findById("emergency-alerts-signup"))
				.willReturn(Optional.of(alerts));
			given(ConversationEngineTests.this.intents.read("sign me up for alerts"))
				.willReturn(reading(Intent.SUBSCRIBE));
			assertThat(handle("sign me up for alerts").faqId()).isEqualTo("emergency-alerts-signup");
		}

	}

	@Nested
	class RefusingWhatIsNotAMessage {

		@Test
		void emptyOrBlankText() {
			assertRefused("", Reason.EMPTY);
			assertRefused("   \n\t ", Reason.EMPTY);
			assertRefused(null, Reason.EMPTY);
		}

		@Test
		void textOverTheConfiguredLength() {
			assertRefused("x".repeat(2001), Reason.TOO_LONG);
		}

		@Test
		void controlCharactersButNotLineBreaks() {
			assertRefused("trash\u0000day", Reason.NOT_TEXT);
			assertRefused("\u001b[31mred", Reason.NOT_TEXT);
			found("trash\nday", 0.9, 0.6, trashDay);
			assertThat(handle("trash\nday").kind()).isEqualTo("answer");
		}

		@Test
		void aRefusedMessageIsNeverSearched() {
			assertRefused(" ", Reason.EMPTY);
			verify(ConversationEngineTests.this.search, never()).search(anyString());
		}

		private void assertRefused(String text, Reason reason) {
			assertThatExceptionOfType(UnacceptableMessage.class).isThrownBy(() -> handle(text))
				.satisfies((refused) -> assertThat(refused.reason()).isEqualTo(reason));
			assertThatExceptionOfType(UnacceptableMessage.class)
				.isThrownBy(() -> ConversationEngineTests.this.engine.analyze(text, "en"));
		}

	}

	private Reply handle(String text) {
		return this.engine.handle(new InboundMessage("web", "session-1234", text, "en"));
	}

	private void found(String text, double confidence, double gap, FaqEntry... hits) {
		List<FaqHit> ranked = Arrays.stream(hits).map((entry) -> new FaqHit(entry, confidence)).toList();
		given(this.search.search(text)).willReturn(new FaqMatches(ranked, confidence, gap));
	}

	/** The classifier sure of one intent. */
	static IntentReading reading(String intent) {
		return IntentReading
			.of(Map.of(intent, 0.97, Intent.OUT_OF_SCOPE.equals(intent) ? Intent.FAQ : Intent.OUT_OF_SCOPE, 0.03));
	}

	static FaqEntry entry(String id, String title) {
		return new FaqEntry(id, "en", title, "Full answer of " + id, "Short answer of " + id, List.of("q"),
				List.of("t"), false, List.of());
	}

}
