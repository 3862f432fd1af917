package org.civicline.emergency.spi;

/**
 * Delivers one alert to one subscriber. Implemented by each channel that carries alerts;
 * the caller keeps the pace and retries what {@link AlertDelivery#retryable()} says may
 * be tried again ({@link AlertRetries} for a single message).
 */
public interface AlertSender {

	/** The channel this sender delivers on, as subscribers are recorded ({@code sms}). */
	String channel();

	AlertDelivery send(AlertMessage message);

	/**
	 * Whether the provider already took this message since the time given: asked about a
	 * send that a crash interrupted, so it is neither lost nor sent twice. An
	 * {@code ACCEPTED} delivery when it was sent, {@code TRY_LATER} when the provider
	 * cannot be asked now, empty when it was not sent (or, by default, when the sender
	 * cannot tell, and the alert goes again).
	 */
	default java.util.Optional<AlertDelivery> alreadySent(AlertMessage message, java.time.Instant since) {
		return java.util.Optional.empty();
	}

	/**
	 * @param address where to send it (an E.164 number on SMS)
	 * @param text the alert, already in the subscriber's language
	 */
	record AlertMessage(String address, String text) {
	}

	/**
	 * @param outcome what happened
	 * @param providerId the provider's id for the message, when it was accepted
	 * @param detail the provider's error code or message, when it was not
	 */
	record AlertDelivery(Outcome outcome, String providerId, String detail) {

		public boolean retryable() {
			return this.outcome == Outcome.TRY_LATER;
		}

	}

	enum Outcome {

		/** The provider accepted it for delivery. */
		ACCEPTED,
		/** The provider is busy or failing: send it again later. */
		TRY_LATER,
		/** The recipient opted out at the carrier: never send again until they opt in. */
		OPTED_OUT,
		/** The provider refused it for good (bad number, blocked content). */
		REJECTED

	}

}
