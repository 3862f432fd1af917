package org.civicline.emergency;

import java.util.List;
import java.util.Optional;

/**
 * Sign-ups for emergency alerts. Every call records the exact words the resident sent in
 * the consent ledger, whatever the state it leads to.
 */
public interface AlertSubscriptions {

	/**
	 * A resident asked for alerts: the sign-up waits for their confirmation (double
	 * opt-in). Asking again while confirmed changes nothing but the zone and language.
	 */
	Subscriber requestSignUp(ConsentStep step);

	/** Confirms a waiting sign-up; empty when none was waiting. */
	Optional<Subscriber> confirm(ConsentStep step);

	/**
	 * Stops all alerts to the address until it opts in again. Recorded even for an
	 * address that never signed up, so nothing is ever sent to it later by mistake.
	 */
	Subscriber optOut(ConsentStep step);

	/**
	 * START after STOP: confirmed again when the address had signed up before, else a
	 * sign-up waiting for confirmation.
	 */
	Subscriber optIn(ConsentStep step);

	/**
	 * Switches alerts on or off for a channel where the resident's own command is the
	 * confirmation (a chat app, where there is no carrier number to verify, unlike SMS).
	 * @return whether the address now receives alerts
	 */
	default boolean toggle(ConsentStep step) {
		if (mayAlert(step.channel(), step.address())) {
			optOut(step);
			return false;
		}
		requestSignUp(step);
		confirm(step);
		return true;
	}

	Optional<Subscriber> find(String channel, String address);

	/**
	 * Forgets a subscriber: the subscription, queued alerts and retries go; the consent
	 * ledger keeps its entries (the law asks for them) with the address hashed.
	 * @return the rows deleted or cleared
	 */
	int erase(String channel, String address);

	/**
	 * Deletes alerts delivered or given up before the cutoff, and retries older than it:
	 * their addresses and texts are residents' data past the retention period.
	 * @return the rows deleted
	 */
	int forgetDeliveriesBefore(java.time.Instant cutoff);

	/** Whether an alert may go to the address now: confirmed and not opted out. */
	default boolean mayAlert(String channel, String address) {
		return find(channel, address).map((subscriber) -> subscriber.status() == Subscriber.Status.CONFIRMED)
			.orElse(false);
	}

	/**
	 * How many consent steps of each action ({@code opt-in}, {@code opt-out}...) were
	 * recorded each day since {@code from}, for staff's dashboard.
	 */
	java.util.Map<java.time.LocalDate, java.util.Map<String, Long>> consentPerDay(java.time.LocalDate from);

	/** The whole consent ledger, oldest first, for export. */
	List<ConsentRecord> ledger();

	/**
	 * What the resident sent to take a step.
	 * @param channel the channel, {@code sms} for text messages
	 * @param address where alerts go (an E.164 phone number on SMS)
	 * @param words the message exactly as received
	 * @param zone the ZIP code or zone asked for, or {@code null} for the whole city
	 * @param language {@code en} or {@code es}
	 */
	/** How many subscribers there are, by channel, zone, language and status. */
	List<SubscriberCount> counts();

	/**
	 * @param zone {@code null} for city-wide
	 */
	record SubscriberCount(String channel, String zone, String language, Subscriber.Status status, long count) {
	}

	record ConsentStep(String channel, String address, String words, String zone, String language) {
	}

}
