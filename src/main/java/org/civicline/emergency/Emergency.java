package org.civicline.emergency;

import java.time.Instant;
import java.util.List;

/**
 * The emergency mode in force: what every channel pins ahead of its answers.
 *
 * @param version changes with every update, so channels know to pin the guidance again
 * @param hazard what threatens the city ({@code hurricane}, {@code flood}…)
 * @param phase {@code before}, {@code during} or {@code after}
 * @param headline a few words naming it
 * @param guidanceShort the guidance in one SMS segment
 * @param guidanceLong the guidance in full
 * @param faqIds the FAQ entries that belong to it, answered first for related questions
 * @param zones the zones it covers; empty for the whole city
 * @param startsAt when it was switched on
 * @param expiresAt when it switches itself off
 * @param reason why staff switched it on
 * @param spanish the headline and guidance in Spanish, or {@code null} when staff wrote
 * none
 */
public record Emergency(long version, String hazard, String phase, String headline, String guidanceShort,
		String guidanceLong, List<String> faqIds, List<String> zones, Instant startsAt, Instant expiresAt,
		String reason, Guidance spanish) {

	public Emergency(long version, String hazard, String phase, String headline, String guidanceShort,
			String guidanceLong, List<String> faqIds, List<String> zones, Instant startsAt, Instant expiresAt,
			String reason) {
		this(version, hazard, phase, headline, guidanceShort, guidanceLong, faqIds, zones, startsAt, expiresAt, reason,
				null);
	}

	/**
	 * The guidance in the resident's language: Spanish when staff wrote it, else English.
	 */
	public Guidance guidance(String language) {
		return ("es".equals(language) && this.spanish != null) ? this.spanish
				: new Guidance(this.headline, this.guidanceShort, this.guidanceLong);
	}

	public Emergency {
		faqIds = List.copyOf(faqIds);
		zones = List.copyOf(zones);
	}

	public boolean citywide() {
		return this.zones.isEmpty();
	}

}
