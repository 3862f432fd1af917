package org.civicline.emergency;

import java.time.OffsetDateTime;

/**
 * One line of the consent ledger.
 *
 * @param action {@code requested}, {@code confirmed}, {@code opted-out} or
 * {@code opted-in}
 * @param words the resident's message exactly as received (or the provider's reason, when
 * the carrier reported the opt-out)
 */
public record ConsentRecord(long id, String channel, String address, String action, String words, String zone,
		String language, OffsetDateTime recordedAt) {

}
