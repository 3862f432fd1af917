package org.civicline.emergency.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.civicline.emergency.spi.AlertSender.AlertMessage;
import org.civicline.emergency.spi.AlertSender.Outcome;
import org.civicline.testsupport.MovableClock;
import org.civicline.testsupport.SchemaDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's answer on a channel whose provider is busy, tried again from the store every
 * instance shares, on every database CivicLine supports.
 */
abstract class AlertRetriesContract {

	static final Duration FIRST_PAUSE = Duration.ofSeconds(4);

	static final AlertMessage ANSWER = new AlertMessage("7011", "Hi, Sam from 311.");

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));

	final ScriptedSender sender = new ScriptedSender();

	final List<Object> told = new ArrayList<>();

	final List<Boolean> toldInATransaction = new ArrayList<>();

	JdbcClient jdbc;

	TransactionTemplate transactions;

	abstract DataSource dataSource();

	@BeforeEach
	void oneStore() {
		DataSource store = SchemaDataSource.migrated(dataSource(), "retries");
		this.jdbc = JdbcClient.create(store);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(store));
	}

	AlertRetries instance() {
		return instance(List.of(this.sender));
	}

	AlertRetries instance(List<AlertSender> senders) {
		return new AlertRetries(this.jdbc, this.transactions, this::tell, senders, Optional.of(this.clock),
				Duration.ofSeconds(1));
	}

	// Staff's inbox hears only of events published in a transaction.
	private void tell(Object event) {
		this.told.add(event);
		this.toldInATransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
	}

	@Test
	void anAnswerTakenAtOnceLeavesNothingToDo() {
		this.sender.answers(Outcome.ACCEPTED);

		instance().send(this.sender, ANSWER, 4, FIRST_PAUSE);

		assertThat(this.sender.tries).hasSize(1);
		assertThat(waiting()).isZero();
		assertThat(this.told).isEmpty();
	}

	@Test
	void aRefusalIsNotTriedAgainAndIsToldAtOnce() {
		this.sender.answers(Outcome.OPTED_OUT);

		instance().send(this.sender, ANSWER, 4, FIRST_PAUSE);

		assertThat(this.told).singleElement()
			.isEqualTo(new MessageUndelivered("telegram", "7011", "OPTED_OUT 1", this.clock.instant()));
		assertThat(this.toldInATransaction).containsExactly(true);
		assertThat(waiting()).isZero();
	}

	@Test
	void aBusyProviderIsAskedAgainWaitingTwiceAsLongEachTime() {
		this.sender.answers(Outcome.TRY_LATER, Outcome.TRY_LATER, Outcome.TRY_LATER, Outcome.ACCEPTED);
		AlertRetries retries = instance();
		retries.send(this.sender, ANSWER, 4, FIRST_PAUSE);
		assertThat(waiting()).isOne();

		for (Duration pause : List.of(Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16))) {
			int before = this.sender.tries.size();
			this.clock.advance(pause.minusMillis(1));
			retries.sendDue();
			assertThat(this.sender.tries).as("before the pause of " + pause + " is over").hasSize(before);
			this.clock.advance(Duration.ofMillis(1));
			retries.sendDue();
			assertThat(this.sender.tries).hasSize(before + 1);
		}

		assertThat(this.sender.tries).containsOnly(ANSWER);
		assertThat(waiting()).isZero();
		assertThat(this.told).isEmpty();
	}

	@Test
	void afterTheLastTryStaffAreToldOnceWhy() {
		this.sender.answers(Outcome.TRY_LATER, Outcome.TRY_LATER, Outcome.TRY_LATER, Outcome.TRY_LATER);
		AlertRetries retries = instance();
		retries.send(this.sender, ANSWER, 4, FIRST_PAUSE);

		for (int i = 0; i < 6; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			retries.sendDue();
		}

		assertThat(this.sender.tries).hasSize(4);
		assertThat(this.told).singleElement()
			.isEqualTo(
					new MessageUndelivered("telegram", "7011", "TRY_LATER 4", Instant.parse("2026-11-28T12:03:00Z")));
		assertThat(waiting()).isZero();
	}

	@Test
	void anAnswerWaitingToBeTriedAgainOutlivesTheInstanceThatTookIt() {
		this.sender.answers(Outcome.TRY_LATER, Outcome.ACCEPTED);
		instance().send(this.sender, ANSWER, 4, FIRST_PAUSE);

		this.clock.advance(FIRST_PAUSE);
		instance().sendDue();

		assertThat(this.sender.tries).hasSize(2);
		assertThat(waiting()).isZero();
	}

	@Test
	void anotherInstanceLeavesATryInProgressAloneUnlessItsInstanceDied() {
		this.sender.answers(Outcome.TRY_LATER, Outcome.TRY_LATER, Outcome.ACCEPTED);
		AlertRetries first = instance();
		AlertRetries second = instance();
		first.send(this.sender, ANSWER, 4, FIRST_PAUSE);
		this.clock.advance(FIRST_PAUSE);
		this.sender.duringTheNextTry(second::sendDue);

		first.sendDue();

		assertThat(this.sender.tries).as("the second instance found it being tried").hasSize(2);

		// An instance claims it again and dies before the try settles.
		this.jdbc.sql("update alert_retry set claimed_at = ?")
			.param(this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.clock.advance(Duration.ofMinutes(1));
		second.sendDue();
		assertThat(this.sender.tries).as("claimed a minute ago: that instance may still be trying").hasSize(2);
		this.clock.advance(AlertRetries.ABANDONED);
		second.sendDue();
		assertThat(this.sender.tries).as("claimed longer ago than any try takes").hasSize(3);
		assertThat(waiting()).isZero();
	}

	@Test
	void anInstanceWhoseClaimWasTakenOverLeavesTheMessageToTheOneThatTookIt() {
		this.sender.answers(Outcome.TRY_LATER, Outcome.ACCEPTED, Outcome.REJECTED);
		AlertRetries slow = instance();
		AlertRetries other = instance();
		slow.send(this.sender, ANSWER, 4, FIRST_PAUSE);
		this.clock.advance(FIRST_PAUSE);
		this.sender.duringTheNextTry(() -> {
			this.clock.advance(AlertRetries.ABANDONED.plusSeconds(1));
			other.sendDue();
		});

		slow.sendDue();

		assertThat(this.sender.tries).as("the other instance delivered it meanwhile").hasSize(3);
		assertThat(this.told).as("the slow instance's refusal came after it was delivered").isEmpty();
		assertThat(waiting()).isZero();
	}

	@Test
	void aMessageForAChannelNoLongerConnectedIsGivenUpAndTold() {
		this.sender.answers(Outcome.TRY_LATER);
		instance().send(this.sender, ANSWER, 4, FIRST_PAUSE);

		this.clock.advance(FIRST_PAUSE);
		instance(List.of()).sendDue();

		assertThat(this.told).singleElement()
			.isEqualTo(
					new MessageUndelivered("telegram", "7011", "no sender for channel telegram", this.clock.instant()));
		assertThat(waiting()).isZero();
	}

	private int waiting() {
		return this.jdbc.sql("select count(*) from alert_retry").query(Integer.class).single();
	}

	/** Answers each try with the next outcome, its detail saying which and how many. */
	static final class ScriptedSender implements AlertSender {

		final List<AlertMessage> tries = new ArrayList<>();

		private final Deque<Outcome> outcomes = new ArrayDeque<>();

		private Runnable duringTheNextTry;

		void answers(Outcome... outcomes) {
			this.outcomes.addAll(List.of(outcomes));
		}

		void duringTheNextTry(Runnable meanwhile) {
			this.duringTheNextTry = meanwhile;
		}

		@Override
		public String channel() {
			return "telegram";
		}

		@Override
		public AlertDelivery send(AlertMessage message) {
			this.tries.add(message);
			Runnable meanwhile = this.duringTheNextTry;
			this.duringTheNextTry = null;
			if (meanwhile != null) {
				meanwhile.run();
			}
			Outcome outcome = this.outcomes.pop();
			return new AlertDelivery(outcome, null, outcome + " " + this.tries.size());
		}

	}

}
