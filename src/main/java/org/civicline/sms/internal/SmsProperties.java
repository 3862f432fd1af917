package org.civicline.sms.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS settings. Twilio's credentials come from the environment only
 * ({@code CIVICLINE_SMS_TWILIO_*}).
 *
 * @param twilio the Twilio account and how to reach it
 * @param defaultRegion the country a number without {@code +} belongs to
 * @param senderLimit how many messages one number may send within {@code senderWindow}
 * before it gets one polite reply and then silence
 * @param senderWindow the window of the per-sender limit
 * @param maxSegments the longest reply sent whole, in segments; a longer answer is cut to
 * its short form with "Reply MORE"
 */
@ConfigurationProperties("civicline.sms")
public record SmsProperties(@DefaultValue Twilio twilio, @DefaultValue("US") String defaultRegion,
		@DefaultValue("20") int senderLimit, @DefaultValue("10m") Duration senderWindow,
		@DefaultValue("3") int maxSegments) {

	/**
	 * @param accountSid the account's SID ({@code AC…})
	 * @param authToken signs webhooks and authenticates API calls
	 * @param messagingServiceSid send through this Messaging Service ({@code MG…}), when
	 * set
	 * @param from else send from this number
	 * @param publicBaseUrl the address Twilio calls, as Twilio sees it (what it signs),
	 * for a server behind a proxy; else the request's own URL
	 * @param apiBaseUrl Twilio's REST API; a local fake in tests
	 * @param maxMessagesPerSecond the sending pace across all outbound messages
	 * @param maxAttempts tries per message before it is marked failed
	 */
	public record Twilio(String accountSid, String authToken, String messagingServiceSid, String from,
			String publicBaseUrl, @DefaultValue("https://api.twilio.com") String apiBaseUrl,
			@DefaultValue("1") double maxMessagesPerSecond, @DefaultValue("6") int maxAttempts) {

		/** Whether replies can be signed-checked and messages sent at all. */
		public boolean configured() {
			return present(this.accountSid) && present(this.authToken)
					&& (present(this.messagingServiceSid) || present(this.from));
		}

		private static boolean present(String value) {
			return value != null && !value.isBlank();
		}

	}

}
