package org.civicline.sms.internal;

import java.time.Duration;
import java.util.List;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.Subscriber;
import org.civicline.emergency.spi.AlertSender;
import org.civicline.emergency.spi.AlertSender.AlertMessage;
import org.civicline.emergency.spi.AlertSender.Outcome;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.FakeTwilio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.civicline.testsupport.WaitUntil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbound queue and the alert sender, through the real twilio-java client to a fake
 * Twilio that can answer with errors.
 */
@CivicLineIntegrationTest
class SmsDeliveriesIntegrationTests {

	@Autowired
	SmsDeliveries deliveries;

	@Autowired
	TwilioAlertSender alerts;

	@Autowired
	AlertSubscriptions subscriptions;

	@Autowired
	JdbcClient jdbc;

	final FakeTwilio twilio = FakeTwilio.instance();

	@Test
	void aBusyTwilioIsTriedAgainLaterUntilTheMessageIsAccepted() {
		String to = "+16175550140";
		// More refusals than twilio-java's own quick retries, so the queue must come back
		// later.
		this.twilio.failNextTo(to, 429, 20429, 6);
		long id = this.deliveries.enqueue(to, "Your request #1001 is now closed.", "test");
		List<FakeTwilio.Received> received = this.twilio.awaitMessagesTo(to, (all) -> all.size() >= 7,
				Duration.ofSeconds(30));
		assertThat(received).allSatisfy(
				(message) -> assertThat(message.form()).containsEntry("Body", "Your request #1001 is now closed."));
		awaitState(id, "sent");
		assertThat(
				this.jdbc.sql("select attempts from sms_outbound where id = ?").param(id).query(Integer.class).single())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aServerErrorIsRetriedAndTheMessageStillGoesOnce() {
		String to = "+16175550141";
		this.twilio.failNextTo(to, 500, 20500);
		long id = this.deliveries.enqueue(to, "Status update", "test");
		awaitState(id, "sent");
		assertThat(this.twilio.messagesTo(to)).hasSize(2);
	}

	@Test
	void aNumberTwilioReportsAsOptedOutIsMarkedSoAndNeverTextedAgain() {
		String to = "+16175550142";
		this.twilio.failNextTo(to, 400, 21610);
		long first = this.deliveries.enqueue(to, "Status update", "test");
		awaitState(first, "opted-out");
		assertThat(this.subscriptions.find("sms", to))
			.hasValueSatisfying((subscriber) -> assertThat(subscriber.status()).isEqualTo(Subscriber.Status.OPTED_OUT));
		assertThat(this.subscriptions.ledger())
			.anySatisfy((record) -> assertThat(record.words()).contains("21610").isNotEmpty());
		long second = this.deliveries.enqueue(to, "Another update", "test");
		awaitState(second, "opted-out");
		assertThat(this.twilio.messagesTo(to)).hasSize(1);
	}

	@Test
	void theAlertSenderSendsThroughTwilioAndSaysWhenToTryAgain() {
		String to = "+16175550143";
		assertThat(this.alerts.channel()).isEqualTo("sms");
		AlertSender.AlertDelivery sent = this.alerts.send(new AlertMessage(to, "Flood warning: avoid Harbor Rd."));
		assertThat(sent.outcome()).isEqualTo(Outcome.ACCEPTED);
		assertThat(sent.providerId()).startsWith("SM");
		this.twilio.failNextTo(to, 429, 20429, 10);
		assertThat(this.alerts.send(new AlertMessage(to, "Second alert")).retryable()).isTrue();
		this.twilio.stopFailing(to);
		this.twilio.failNextTo(to, 400, 21610);
		assertThat(this.alerts.send(new AlertMessage(to, "Third alert")).outcome()).isEqualTo(Outcome.OPTED_OUT);
		assertThat(this.subscriptions.mayAlert("sms", to)).isFalse();
	}

	private void awaitState(long id, String state) {
		WaitUntil.value("SMS " + id + " to be " + state, Duration.ofSeconds(20),
				() -> this.jdbc.sql("select state from sms_outbound where id = ?")
					.param(id)
					.query(String.class)
					.single(),
				state::equals);
	}

}
