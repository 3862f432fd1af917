package org.civicline.emergency;

import java.time.Instant;
import java.util.List;

/**
 * Alerts from the official CAP feed that concern the city, proposed to staff: one call
 * accepts a proposal and switches emergency mode on from it.
 */
public interface EmergencyProposals {

	/**
	 * Proposals staff have not decided on yet, and that are still current; newest first.
	 */
	List<Proposal> open();

	/**
	 * Switches emergency mode on from the proposal.
	 * @throws InvalidEmergency when there is no such open proposal
	 */
	Emergency accept(long id, String actor);

	/**
	 * @throws InvalidEmergency when there is no such open proposal
	 */
	void dismiss(long id, String actor);

	/**
	 * @param state {@code proposed}, {@code accepted}, {@code dismissed},
	 * {@code superseded} (an update replaced it) or {@code cancelled} (its sender
	 * cancelled it)
	 */
	record Proposal(long id, String sender, String identifier, String event, String headline, String severity,
			String urgency, String certainty, String area, Instant sent, Instant expiresAt, String state) {
	}

}
