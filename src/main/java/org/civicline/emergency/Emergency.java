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
 */
public record Emergency(long version, String hazard, String phase, String headline, String guidanceShort,
		String guidanceLong, List<String> faqIds, List<String> zones, Instant startsAt, Instant expiresAt,
		String reason) {

	public Emergency {
		faqIds = List.copyOf(faqIds);
		zones = List.copyOf(zones);
	}

	public boolean citywide() {
		return this.zones.isEmpty();
	}

}
