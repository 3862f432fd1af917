package org.civicline.tickets;

import java.time.Instant;
import java.util.List;

/**
 * The API keys that may file requests through Open311: issued and revoked by staff, plus
 * any given in configuration ({@code CIVICLINE_OPEN311_API_KEY}).
 */
public interface Open311Keys {

	boolean valid(String key);

	/** A new key; the only time the key itself is shown. */
	IssuedKey issue(String label, String actor);

	List<KeyInfo> list();

	/** False when there is no such key in force. */
	boolean revoke(long id, String actor);

	record IssuedKey(long id, String key, String label) {
	}

	/** A key as staff see it: its first characters, never the whole key. */
	record KeyInfo(long id, String prefix, String label, String createdBy, Instant createdAt, Instant revokedAt) {
	}

}
