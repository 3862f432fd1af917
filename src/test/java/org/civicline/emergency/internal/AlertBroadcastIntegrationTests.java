package org.civicline.emergency.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.civicline.emergency.AlertBroadcasts;
import org.civicline.emergency.AlertBroadcasts.AlertRequest;
import org.civicline.emergency.AlertBroadcasts.DeliveryReport;
import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;
import org.civicline.emergency.spi.AlertSender;
import org.civicline.emergency.spi.AlertSender.AlertMessage;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.FakeTwilio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.civicline.testsupport.WaitUntil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts go to every confirmed subscriber in scope exactly once, in their language,
 * through the SMS channel to a fake Twilio.
 */
@CivicLineIntegrationTest
class AlertBroadcastIntegrationTests {

	@Autowired
	AlertBroadcasts broadcasts;

	@Autowired
	AlertSubscriptions subscriptions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<AlertSender> senders;

	AlertSender sender;

	@org.junit.jupiter.api.BeforeEach
	void smsSender() {
		this.sender = this.senders.stream().filter((s) -> s.channel().equals("sms")).findFirst().orElseThrow();
	}

	final FakeTwilio twilio = FakeTwilio.instance();

	@Test
	void confirmedSubscribersInScopeGetOneCopyInTheirLanguage() {
		confirmed("+16175551001", "ZONE-A", "en");
		confirmed("+16175551002", "ZONE-B", "en");
		confirmed("+16175551003", null, "es");
		this.subscriptions.requestSignUp(new ConsentStep("sms", "+16175551004", "ALERTS", "ZONE-A", "en"));
		confirmed("+16175551005", "ZONE-A", "en");
		this.subscriptions.optOut(new ConsentStep("sms", "+16175551005", "STOP", null, "en"));

		AlertBroadcasts.Alert alert = this.broadcasts
			.send(new AlertRequest("Flood warning for Zone A: move to higher ground.",
					"Aviso de inundacion en la Zona A: suba a terreno alto.", List.of("zone-a")), "staff");

		// Other tests' subscribers who gave no zone get every alert too.
		assertThat(alert.recipients()).isGreaterThanOrEqualTo(2);
		DeliveryReport report = awaitFinished(alert.id());
		assertThat(report.sent()).isEqualTo(alert.recipients());
		assertThat(this.twilio.messagesTo("+16175551001")).singleElement()
			.satisfies((m) -> assertThat(m.form().get("Body")).startsWith("Flood warning"));
		assertThat(this.twilio.messagesTo("+16175551003")).singleElement()
			.satisfies((m) -> assertThat(m.form().get("Body")).startsWith("Aviso"));
		assertThat(this.twilio.messagesTo("+16175551002")).isEmpty();
		assertThat(this.twilio.messagesTo("+16175551004")).isEmpty();
		assertThat(this.twilio.messagesTo("+16175551005")).isEmpty();
	}

	@Test
	void aSubscriberWhoStoppedAfterTheAlertWasQueuedGetsNothing() {
		String number = "+16175551010";
		confirmed(number, null, "en");
		long alertId = alert("Boil water notice");
		this.subscriptions.optOut(new ConsentStep("sms", number, "STOP", null, "en"));
		queued(alertId, number, "Boil water notice");

		DeliveryReport report = awaitFinished(alertId);

		assertThat(report.optedOut()).isEqualTo(1);
		assertThat(this.twilio.messagesTo(number)).isEmpty();
	}

	@Test
	void aSendACrashInterruptedIsSettledWithoutASecondCopy() {
		String sentBeforeCrash = "+16175551020";
		String neverSent = "+16175551021";
		confirmed(sentBeforeCrash, null, "en");
		confirmed(neverSent, null, "en");
		long alertId = alert("Shelter in place");
		// The first went out to Twilio just before the process died; the second was
		// claimed
		// but never sent.
		this.sender.send(new AlertMessage(sentBeforeCrash, "Shelter in place"));
		claimedAndInterrupted(alertId, sentBeforeCrash);
		claimedAndInterrupted(alertId, neverSent);

		DeliveryReport report = awaitFinished(alertId);

		assertThat(report.sent()).isEqualTo(2);
		assertThat(this.twilio.messagesTo(sentBeforeCrash)).hasSize(1);
		assertThat(this.twilio.messagesTo(neverSent)).hasSize(1);
	}

	private long alert(String text) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into emergency_alert (text_en, text_es, zones, created_by, created_at)
				values (?, ?, '', 'staff', current_timestamp)""").params(text, text).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private void queued(long alertId, String number, String text) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc
			.sql("""
					insert into alert_outbox (alert_id, channel, address, body, state, attempts, next_attempt_at, updated_at)
					values (?, 'sms', ?, ?, 'queued', 0, ?, ?)""")
			.params(alertId, number, text, now, now)
			.update();
	}

	private void claimedAndInterrupted(long alertId, String number) {
		OffsetDateTime claimed = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(30);
		this.jdbc.sql("""
				insert into alert_outbox (alert_id, channel, address, body, state, attempts, next_attempt_at,
				    claimed_at, updated_at)
				values (?, 'sms', ?, 'Shelter in place', 'sending', 0, ?, ?, ?)""")
			.params(alertId, number, claimed, claimed, claimed)
			.update();
	}

	private void confirmed(String number, String zone, String language) {
		this.subscriptions.requestSignUp(new ConsentStep("sms", number, "ALERTS", zone, language));
		this.subscriptions.confirm(new ConsentStep("sms", number, "YES", zone, language));
	}

	private DeliveryReport awaitFinished(long alertId) {
		return WaitUntil.value("alert " + alertId + " to finish", Duration.ofSeconds(30),
				() -> this.broadcasts.report(alertId).orElseThrow(), DeliveryReport::finished);
	}

}
