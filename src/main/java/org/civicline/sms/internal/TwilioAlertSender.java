package org.civicline.sms.internal;

import java.time.Instant;
import java.util.Optional;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;
import org.civicline.emergency.spi.AlertSender;

import org.springframework.stereotype.Component;

/** Emergency alerts by SMS, at the same pace as every other outbound text. */
@Component
class TwilioAlertSender implements AlertSender {

	private final TwilioMessages messages;

	private final SendPace pace;

	private final AlertSubscriptions subscriptions;

	TwilioAlertSender(TwilioMessages messages, SendPace pace, AlertSubscriptions subscriptions) {
		this.messages = messages;
		this.pace = pace;
		this.subscriptions = subscriptions;
	}

	@Override
	public String channel() {
		return SmsConversation.CHANNEL;
	}

	@Override
	public AlertDelivery send(AlertMessage message) {
		try {
			this.pace.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new AlertDelivery(Outcome.TRY_LATER, null, "interrupted");
		}
		AlertDelivery delivery = this.messages.send(message.address(), message.text());
		if (delivery.outcome() == Outcome.OPTED_OUT) {
			this.subscriptions.optOut(new ConsentStep(channel(), message.address(),
					"(carrier) Twilio error " + TwilioMessages.OPTED_OUT + ": the number opted out", null, "en"));
		}
		return delivery;
	}

	@Override
	public Optional<AlertDelivery> alreadySent(AlertMessage message, Instant since) {
		AlertDelivery found = this.messages.findSent(message.address(), message.text(), since);
		return (found.outcome() == Outcome.REJECTED) ? Optional.empty() : Optional.of(found);
	}

}
