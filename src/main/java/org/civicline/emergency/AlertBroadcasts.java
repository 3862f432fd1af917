package org.civicline.emergency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Emergency alerts to confirmed subscribers, and how their delivery is going. */
public interface AlertBroadcasts {

	/**
	 * Queues the alert for every confirmed subscriber in scope, in their language.
	 * @throws InvalidEmergency when the alert cannot be sent as given
	 */
	Alert send(AlertRequest request, String actor);

	Optional<DeliveryReport> report(long alertId);

	List<DeliveryReport> recent();

	/**
	 * @param text the alert in English, one SMS segment where possible
	 * @param textEs the alert in Spanish for Spanish-speaking subscribers, or
	 * {@code null} to send them the English text
	 * @param zones the zones to alert; empty for the whole city (subscribers who gave no
	 * zone get every alert)
	 */
	record AlertRequest(String text, String textEs, List<String> zones) {
	}

	record Alert(long id, int recipients, Instant createdAt) {
	}

	/**
	 * Where an alert stands: {@code queued} and {@code sending} are still to go,
	 * {@code sent} were accepted by the provider (of which {@code delivered} confirmed by
	 * the carrier), {@code failed} gave up, {@code optedOut} stopped alerts before their
	 * turn.
	 */
	record DeliveryReport(long alertId, String text, Instant createdAt, String createdBy, int recipients, int queued,
			int sending, int sent, int delivered, int failed, int optedOut) {

		public boolean finished() {
			return this.queued == 0 && this.sending == 0;
		}

	}

}
