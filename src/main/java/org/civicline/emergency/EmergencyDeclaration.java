package org.civicline.emergency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What staff declare when they switch emergency mode on or update it. Checked here, so a
 * bad declaration is refused with a reason and nothing changes.
 */
public record EmergencyDeclaration(String hazard, String phase, String headline, String guidanceShort,
		String guidanceLong, List<String> faqIds, List<String> zones, Instant startsAt, Instant expiresAt,
		String reason, Guidance spanish) {

	/** A declaration in English only: Spanish readers are pinned the English guidance. */
	public EmergencyDeclaration(String hazard, String phase, String headline, String guidanceShort, String guidanceLong,
			List<String> faqIds, List<String> zones, Instant startsAt, Instant expiresAt, String reason) {
		this(hazard, phase, headline, guidanceShort, guidanceLong, faqIds, zones, startsAt, expiresAt, reason, null);
	}

	public static final Set<String> HAZARDS = Set.of("hurricane", "flood", "extreme-heat", "winter-storm",
			"power-outage", "boil-water", "tornado", "wildfire-smoke", "other");

	public static final Set<String> PHASES = Set.of("before", "during", "after");

	/** How long an emergency lasts when staff give no expiry. */
	public static final Duration DEFAULT_LENGTH = Duration.ofHours(72);

	private static final Duration LONGEST = Duration.ofDays(30);

	public EmergencyDeclaration {
		hazard = word(hazard);
		phase = word(phase);
		faqIds = (faqIds != null) ? List.copyOf(faqIds) : List.of();
		zones = (zones != null) ? zones.stream().map(String::strip).filter((zone) -> !zone.isEmpty()).toList()
				: List.of();
		if (!HAZARDS.contains(hazard)) {
			throw new InvalidEmergency(
					"hazard must be one of " + String.join(", ", HAZARDS.stream().sorted().toList()));
		}
		if (!PHASES.contains(phase)) {
			throw new InvalidEmergency("phase must be before, during or after");
		}
		require("headline", headline, 120);
		require("guidanceShort", guidanceShort, 160);
		require("guidanceLong", guidanceLong, 4000);
		require("reason", reason, 1000);
		for (String id : faqIds) {
			if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
				throw new InvalidEmergency("faqIds must be FAQ entry ids such as emergency-shelters");
			}
		}
		for (String zone : zones) {
			if (zone.length() > 40) {
				throw new InvalidEmergency("a zone is at most 40 characters");
			}
		}
	}

	/** When it takes effect: now, or the later start staff gave. */
	public Instant start(Instant now) {
		if (this.startsAt == null || !this.startsAt.isAfter(now)) {
			return now;
		}
		if (this.startsAt.isAfter(now.plus(LONGEST))) {
			throw new InvalidEmergency("startsAt may be at most 30 days ahead");
		}
		return this.startsAt;
	}

	/**
	 * The expiry asked for, or the default from its start; refused when past, before the
	 * start, or too far.
	 */
	public Instant expiry(Instant now) {
		Instant start = start(now);
		Instant expiry = (this.expiresAt != null) ? this.expiresAt : start.plus(DEFAULT_LENGTH);
		if (!expiry.isAfter(start)) {
			throw new InvalidEmergency("expiresAt must be after the start (and in the future)");
		}
		if (expiry.isAfter(start.plus(LONGEST))) {
			throw new InvalidEmergency("expiresAt may be at most 30 days ahead; update the emergency to extend it");
		}
		return expiry;
	}

	private static String word(String value) {
		return (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
	}

	static void require(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidEmergency(field + " is required");
		}
		if (value.strip().length() > max) {
			throw new InvalidEmergency(field + " is at most " + max + " characters");
		}
	}

}
