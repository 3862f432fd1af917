package org.civicline.conversation.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class ConversationEngineTests {

	static final FaqEntry trashDay = entry("trash-collection-day", "Finding your trash day");

	static final FaqEntry bulky = entry("bulky-furniture", "Throwing away furniture");

	final ConversationProperties properties = new ConversationProperties(2000, 0.5, 0.2, 0.15);

	final FaqSearch search = mock(FaqSearch.class);

	final FaqEntries entries = mock(FaqEntries.class);

	ConversationEngine engine;

	@BeforeEach
	void engine() {
		this.engine = new ConversationEngine(new MessageRules(this.properties), this.search, this.entries,
				new RoutingPolicy(this.properties), new DialogueStates());
		given(this.entries.findById("trash-collection-day")).willReturn(Optional.of(trashDay));
		given(this.entries.findById("bulky-furniture")).willReturn(Optional.of(bulky));
		given(this.search.search(anyString())).willReturn(FaqMatches.NONE);
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
			Analysis analysis = ConversationEngineTests.this.engine.analyze("weather", "en");
			assertThat(analysis.intent()).isEqualTo("out_of_scope");
			assertThat(analysis.faq()).hasSize(1);
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

	static FaqEntry entry(String id, String title) {
		return new FaqEntry(id, "en", title, "Full answer of " + id, "Short answer of " + id, List.of("q"),
				List.of("t"), false, List.of());
	}

}
