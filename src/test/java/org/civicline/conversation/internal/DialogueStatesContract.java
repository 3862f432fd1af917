package org.civicline.conversation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.civicline.conversation.CallbackRequest.Line;
import org.civicline.conversation.InboundMessage.Coordinates;
import org.civicline.testsupport.MovableClock;
import org.civicline.testsupport.SchemaDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident's open exchange, kept in the store every instance shares, on every database
 * CivicLine supports.
 */
abstract class DialogueStatesContract {

	static final String RESIDENT = "sms:+15550104477";

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));

	JdbcClient jdbc;

	DialogueStates first;

	DialogueStates second;

	abstract DataSource dataSource();

	@BeforeEach
	void twoInstancesOnOneStore() {
		this.jdbc = JdbcClient.create(SchemaDataSource.migrated(dataSource(), "dialogue"));
		this.first = new DialogueStates(this.jdbc, this.clock, Duration.ofMinutes(30));
		this.second = new DialogueStates(this.jdbc, this.clock, Duration.ofMinutes(30));
	}

	@Test
	void aReportBegunOnOneInstanceIsContinuedOnAnotherWithEverythingTold() {
		ReportDraft told = ReportDraft.of("pothole", "huge pothole by the school", null, new Coordinates(40.71, -74.01))
			.with("size", "larger than a tire")
			.withPhoto("https://example.org/photo/1")
			.duplicateOf("1042")
			.awaiting(ReportDraft.Awaiting.detail("depth"));
		this.first.keepReport(RESIDENT, told);

		assertThat(this.second.report(RESIDENT)).contains(told);
		assertThat(this.second.report("sms:+15550109999")).isEmpty();
	}

	@Test
	void aReportKeptAgainReplacesTheOldOneAndIsGoneOnceDropped() {
		ReportDraft told = ReportDraft.of("graffiti", "tags on the wall", null, null);
		this.first.keepReport(RESIDENT, told.awaiting(ReportDraft.Awaiting.PLACE));
		this.second.keepReport(RESIDENT, told.at("12 Elm St").awaiting(ReportDraft.Awaiting.CONFIRMATION));

		assertThat(this.first.report(RESIDENT)).hasValueSatisfying((kept) -> {
			assertThat(kept.place()).isEqualTo("12 Elm St");
			assertThat(kept.awaiting()).isEqualTo(ReportDraft.Awaiting.CONFIRMATION);
		});
		this.first.dropReport(RESIDENT);
		assertThat(this.second.report(RESIDENT)).isEmpty();
	}

	@Test
	void anOfferIsPickedFromOnceWhicheverInstanceReadsIt() {
		this.first.offer(RESIDENT, List.of("trash-collection-day", "bulky-furniture"));

		assertThat(this.second.takeOffer(RESIDENT)).contains(List.of("trash-collection-day", "bulky-furniture"));
		assertThat(this.first.takeOffer(RESIDENT)).isEmpty();
	}

	@Test
	void recentLinesAddedOnEitherInstanceAreAllKeptUpToTheMostAndStartAfreshOnceOld() {
		for (int i = 1; i <= 5; i++) {
			DialogueStates instance = (i % 2 == 0) ? this.second : this.first;
			instance.addRecentLines(RESIDENT, List.of(new Line("resident", "message " + i, "2026-11-28T10:00:00Z")), 4);
		}
		assertThat(this.first.recentLines(RESIDENT)).extracting(Line::text)
			.containsExactly("message 2", "message 3", "message 4", "message 5");

		this.clock.advance(Duration.ofMinutes(31));
		this.second.addRecentLines(RESIDENT, List.of(new Line("resident", "back later", "2026-11-28T10:31:00Z")), 4);
		assertThat(this.first.recentLines(RESIDENT)).extracting(Line::text).containsExactly("back later");
	}

	@Test
	void theLanguageOfAConversationIsKeptForAMonthAndNoLonger() {
		this.first.keepLanguage(RESIDENT, "es");
		this.clock.advance(Duration.ofDays(29));
		this.first.forgetExpired();
		assertThat(this.second.language(RESIDENT)).contains("es");
		this.clock.advance(Duration.ofDays(2));
		this.first.forgetExpired();
		assertThat(this.second.language(RESIDENT)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from dialogue_state").query(Integer.class).single()).isZero();
	}

	@Test
	void aRowOfAKindThisVersionDoesNotKnowIsSweptAfterTheLongestLifetime() {
		this.jdbc
			.sql("insert into dialogue_state (conversation, kind, content, kept_at) values (?, 'future-kind', '{}', ?)")
			.params(RESIDENT, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.clock.advance(Duration.ofHours(11));
		this.first.forgetExpired();
		assertThat(this.jdbc.sql("select count(*) from dialogue_state").query(Integer.class).single()).isOne();
		this.clock.advance(Duration.ofHours(2));
		this.first.forgetExpired();
		assertThat(this.jdbc.sql("select count(*) from dialogue_state").query(Integer.class).single()).isZero();
	}

	@Test
	void theLinesBeforeAHandOffAndTheEmergencyGuidanceShownAreSharedAndKeptOnlyTheirOwnLifetime() {
		List<Line> said = List.of(new Line("resident", "where do I pay a water bill", "2026-11-28T10:00:00Z"),
				new Line("assistant", "Pay online.", "2026-11-28T10:00:00Z"));
		this.first.addRecentLines(RESIDENT, said, 8);
		assertThat(this.first.notePinShown(RESIDENT, 3)).isFalse();
		assertThat(this.second.recentLines(RESIDENT)).isEqualTo(said);
		assertThat(this.second.notePinShown(RESIDENT, 3)).isTrue();

		this.clock.advance(Duration.ofMinutes(31));
		this.second.forgetExpired();
		assertThat(this.second.recentLines(RESIDENT)).isEmpty();
		assertThat(this.jdbc.sql("select kind from dialogue_state").query(String.class).list())
			.containsExactly("emergency-pin");

		this.clock.advance(Duration.ofHours(12));
		this.second.forgetExpired();
		assertThat(this.jdbc.sql("select count(*) from dialogue_state").query(Integer.class).single()).isZero();
	}

	@Test
	void theGuidanceShownIsWrittenAgainOnlyForANewVersionOrAfterAnHour() {
		assertThat(this.first.notePinShown(RESIDENT, 3)).isFalse();
		this.clock.advance(Duration.ofMinutes(50));
		assertThat(this.second.notePinShown(RESIDENT, 3)).isTrue();
		assertThat(keptAt()).isEqualTo(Instant.parse("2026-11-28T12:00:00Z"));

		this.clock.advance(Duration.ofMinutes(20));
		assertThat(this.first.notePinShown(RESIDENT, 3)).isTrue();
		assertThat(keptAt()).isEqualTo(Instant.parse("2026-11-28T13:10:00Z"));

		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.second.notePinShown(RESIDENT, 4)).as("an update to the guidance").isFalse();
		assertThat(this.first.notePinShown(RESIDENT, 4)).isTrue();
		assertThat(keptAt()).isEqualTo(Instant.parse("2026-11-28T13:15:00Z"));

		this.clock.advance(DialogueStates.EMERGENCY_PIN_LIFETIME.plusMinutes(1));
		assertThat(this.second.notePinShown(RESIDENT, 4)).as("a conversation idle past the lifetime").isFalse();
	}

	private Instant keptAt() {
		return this.jdbc.sql("select kept_at from dialogue_state where kind = 'emergency-pin'")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	@Test
	void anOldReportOrOfferDoesNotCaptureANewMessageAndIsSweptAway() {
		this.first.keepReport(RESIDENT, ReportDraft.of("pothole", "pothole", "5th Ave", null));
		this.first.offer(RESIDENT, List.of("trash-collection-day"));
		this.clock.advance(Duration.ofMinutes(31));

		assertThat(this.second.report(RESIDENT)).isEmpty();
		assertThat(this.second.takeOffer(RESIDENT)).isEmpty();

		this.first.keepReport("web:fresh-session", ReportDraft.of("noise", "loud party", null, null));
		this.second.forgetExpired();
		assertThat(this.jdbc.sql("select conversation from dialogue_state").query(String.class).list())
			.containsExactly("web:fresh-session");
	}

	@Test
	void aDraftThatNoLongerReadsIsForgottenAndTheMessageReadAfresh() {
		this.jdbc.sql("""
				insert into dialogue_state (conversation, kind, content, kept_at)
				values (:conversation, 'report', '{"service":"pothole","awaiting":"place"}', :now)""")
			.param("conversation", RESIDENT)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();

		assertThat(this.first.report(RESIDENT)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from dialogue_state").query(Integer.class).single()).isZero();
	}

	@Test
	void everyDetailToldComesBack() {
		ReportDraft told = ReportDraft.of("abandoned-vehicle", "old van", "3rd and Pine", null)
			.with("plate", "none")
			.with("colour", "white")
			.with("days", "ten");
		this.first.keepReport(RESIDENT, told);
		assertThat(this.second.report(RESIDENT).orElseThrow().details())
			.isEqualTo(Map.of("plate", "none", "colour", "white", "days", "ten"));
	}

}
