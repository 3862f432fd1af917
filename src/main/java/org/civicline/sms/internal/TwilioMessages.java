package org.civicline.sms.internal;

import java.net.URI;
import java.time.Instant;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.civicline.emergency.spi.AlertSender.AlertDelivery;
import org.civicline.emergency.spi.AlertSender.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** Sends one SMS through Twilio's Messages API and says how it went. */
@Component
class TwilioMessages {

	/** Twilio's error for a number that texted STOP: it refuses every later message. */
	static final int OPTED_OUT = 21610;

	private static final Logger log = LoggerFactory.getLogger(TwilioMessages.class);

	private final SmsProperties.Twilio twilio;

	private volatile TwilioRestClient client;

	TwilioMessages(SmsProperties properties) {
		this.twilio = properties.twilio();
	}

	boolean configured() {
		return this.twilio.configured();
	}

	AlertDelivery send(String to, String body) {
		if (!configured()) {
			return new AlertDelivery(Outcome.REJECTED, null, "SMS is not configured");
		}
		MessageCreator creator = hasText(this.twilio.messagingServiceSid())
				? Message.creator(new PhoneNumber(to), this.twilio.messagingServiceSid(), body)
				: Message.creator(new PhoneNumber(to), new PhoneNumber(this.twilio.from()), body);
		if (hasText(this.twilio.publicBaseUrl())) {
			creator.setStatusCallback(
					URI.create(this.twilio.publicBaseUrl().replaceAll("/+$", "") + "/webhooks/twilio/status"));
		}
		try {
			Message message = creator.create(client());
			return new AlertDelivery(Outcome.ACCEPTED, message.getSid(), null);
		}
		catch (ApiException ex) {
			Integer code = ex.getCode();
			Integer status = ex.getStatusCode();
			log.warn("Twilio refused an SMS to {}: HTTP {} code {}", PhoneNumbers.mask(to), status, code);
			if (code != null && code == OPTED_OUT) {
				return new AlertDelivery(Outcome.OPTED_OUT, null, String.valueOf(code));
			}
			boolean transient_ = status == null || status == 429 || status >= 500;
			return new AlertDelivery(transient_ ? Outcome.TRY_LATER : Outcome.REJECTED, null,
					(code != null) ? String.valueOf(code) : "HTTP " + status);
		}
		catch (ApiConnectionException ex) {
			log.warn("Twilio unreachable for an SMS to {}: {}", PhoneNumbers.mask(to), ex.getMessage());
			return new AlertDelivery(Outcome.TRY_LATER, null, "unreachable");
		}
	}

	/**
	 * Looks for a message with this body sent to the number since the time given, for a
	 * send a crash interrupted.
	 */
	AlertDelivery findSent(String to, String body, Instant since) {
		if (!configured()) {
			return new AlertDelivery(Outcome.TRY_LATER, null, "SMS is not configured");
		}
		try {
			// Not filtered on DateSent: a message Twilio has queued but not yet sent has
			// none.
			for (Message message : Message.reader()
				.setTo(new PhoneNumber(to))
				.setPageSize(100L)
				.firstPage(client())
				.getRecords()) {
				boolean recent = message.getDateCreated() == null
						|| !message.getDateCreated().toInstant().isBefore(since);
				if (recent && body.equals(message.getBody())) {
					return new AlertDelivery(Outcome.ACCEPTED, message.getSid(), null);
				}
			}
			return new AlertDelivery(Outcome.REJECTED, null, "not sent");
		}
		catch (ApiException | ApiConnectionException ex) {
			log.warn("Could not ask Twilio what was sent to {}: {}", PhoneNumbers.mask(to), ex.getMessage());
			return new AlertDelivery(Outcome.TRY_LATER, null, "lookup failed");
		}
	}

	private TwilioRestClient client() {
		if (this.client == null) {
			synchronized (this) {
				if (this.client == null) {
					this.client = new TwilioRestClient.Builder(this.twilio.accountSid(), this.twilio.authToken())
						.httpClient(new ApiBaseUrlHttpClient(this.twilio.apiBaseUrl()))
						.build();
				}
			}
		}
		return this.client;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
