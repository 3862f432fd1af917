package org.civicline.emergency;

/**
 * An emergency's words in one more language (Spanish): what the channels pin ahead of the
 * answers of residents who write in it.
 *
 * @param headline a few words naming it
 * @param guidanceShort the guidance in one SMS segment
 * @param guidanceLong the guidance in full
 */
public record Guidance(String headline, String guidanceShort, String guidanceLong) {

	public Guidance {
		EmergencyDeclaration.require("headlineEs", headline, 120);
		EmergencyDeclaration.require("guidanceShortEs", guidanceShort, 160);
		EmergencyDeclaration.require("guidanceLongEs", guidanceLong, 4000);
		headline = headline.strip();
		guidanceShort = guidanceShort.strip();
		guidanceLong = guidanceLong.strip();
	}

	/** The guidance when staff wrote all three fields, none when they left all empty. */
	public static Guidance ofFields(String headline, String guidanceShort, String guidanceLong) {
		boolean none = blank(headline) && blank(guidanceShort) && blank(guidanceLong);
		return none ? null : new Guidance(headline, guidanceShort, guidanceLong);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
