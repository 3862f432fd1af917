package org.civicline.emergency;

import java.time.OffsetDateTime;

/** Where alerts go and whether they may. */
public record Subscriber(String channel, String address, Status status, String zone, String language,
		OffsetDateTime updatedAt) {

	public enum Status {

		/** Asked for alerts and has not confirmed yet: nothing is sent. */
		PENDING,
		/** Confirmed: receives alerts for their zone. */
		CONFIRMED,
		/** Opted out: nothing is sent until they opt in again. */
		OPTED_OUT

	}

}
