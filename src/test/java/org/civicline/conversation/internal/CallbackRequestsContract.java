package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.civicline.conversation.CallbackRequest;
import org.civicline.conversation.CallbackRequest.Line;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.conversation.StaffReplied;
import org.civicline.testsupport.SchemaDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's inbox of residents waiting for a person, on every database CivicLine supports.
 */
abstract class CallbackRequestsContract {

	static final Reply HUMAN = new Reply("human", "You can call 311.", "Call 311.", List.of("CALL ME"), null);

	final List<Object> published = new ArrayList<>();

	CallbackRequests callbacks;

	abstract DataSource dataSource();

	@BeforeEach
	void freshSchema() {
		JdbcClient jdbc = JdbcClient.create(SchemaDataSource.migrated(dataSource(), "callbacks"));
		this.callbacks = new CallbackRequests(jdbc, this.published::add,
				new RecentLines(new DialogueStates(jdbc, Clock.systemUTC(), Duration.ofMinutes(30))));
	}

	@Test
	void aResidentWhoAsksForAPersonWithoutANumberIsListedWithWhatLedUpToIt() {
		turn(telegram("where do i pay a parking ticket"), "Pay online at example.gov/pay.");
		Reply handedOff = this.callbacks.handOff(telegram("i want a real person"), "i want a real person", HUMAN);
		turn(telegram("i want a real person"), handedOff.text());

		CallbackRequest waiting = onlyOpenRequest();
		assertThat(handedOff.text()).startsWith("You can call 311.").contains("#" + waiting.id()).contains("here");
		assertThat(waiting.channel()).isEqualTo("telegram");
		assertThat(waiting.phone()).isNull();
		assertThat(waiting.message()).isEqualTo("i want a real person");
		assertThat(waiting.conversation()).extracting(Line::author)
			.containsExactly("resident", "assistant", "resident", "assistant");
		assertThat(waiting.conversation()).extracting(Line::text)
			.startsWith("where do i pay a parking ticket", "Pay online at example.gov/pay.", "i want a real person");
	}

	@Test
	void askingAgainOrLeavingANumberKeepsOneRequest() {
		this.callbacks.handOff(telegram("talk to a person"), "talk to a person", HUMAN);
		this.callbacks.handOff(telegram("a human please"), "a human please", HUMAN);
		Reply called = this.callbacks.request(telegram("CALL ME 555-013-2211 after lunch"),
				"CALL ME 555-013-2211 after lunch");

		CallbackRequest waiting = onlyOpenRequest();
		assertThat(called.text()).contains("555-013-2211").contains("#" + waiting.id());
		assertThat(waiting.phone()).isEqualTo("555-013-2211");
		assertThat(waiting.preferred()).isEqualTo("after lunch");
	}

	@Test
	void aTextedCallMeIsCalledBackOnTheSendersNumber() {
		InboundMessage sms = new InboundMessage("sms", "+15550104477", "CALL ME weekday mornings", "en");
		this.callbacks.request(sms, sms.text());
		assertThat(onlyOpenRequest().phone()).isEqualTo("+15550104477");
		assertThat(onlyOpenRequest().preferred()).isEqualTo("weekday mornings");
	}

	@Test
	void everyLineWhileTheRequestIsOpenIsAddedStaffIncludedAndNoneAfterItCloses() {
		this.callbacks.handOff(telegram("person please"), "person please", HUMAN);
		long id = onlyOpenRequest().id();
		turn(telegram("it's about my water bill"), "Sorry, I don't have an answer to that.");
		turn(new InboundMessage("telegram", "someone-else", "hello", "en"), "Hi!");

		assertThat(this.callbacks.answer(id, "Hi, Sam from 311 here. What is the account number?", "sam")).isTrue();
		assertThat(this.published).singleElement()
			.isInstanceOfSatisfying(StaffReplied.class, (replied) -> assertThat(replied.sender()).isEqualTo("77"));
		assertThat(onlyOpenRequest().conversation()).extracting(Line::text)
			.containsExactly("it's about my water bill", "Sorry, I don't have an answer to that.",
					"sam: Hi, Sam from 311 here. What is the account number?");

		assertThat(this.callbacks.close(id, "sam")).isTrue();
		turn(telegram("thanks"), "You're welcome!");
		assertThat(this.callbacks.open()).isEmpty();
		assertThat(this.callbacks.answer(id, "too late", "sam")).isFalse();
		assertThat(this.callbacks.close(id, "sam")).isFalse();
	}

	private void turn(InboundMessage message, String reply) {
		this.callbacks.follow(message, new Reply("answer", reply, reply, List.of(), null));
	}

	private CallbackRequest onlyOpenRequest() {
		List<CallbackRequest> open = this.callbacks.open();
		assertThat(open).hasSize(1);
		return open.get(0);
	}

	private static InboundMessage telegram(String text) {
		return new InboundMessage("telegram", "77", text, "en");
	}

}
