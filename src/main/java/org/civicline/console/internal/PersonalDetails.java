package org.civicline.console.internal;

import java.util.regex.Pattern;

/**
 * Masks what identifies a resident before their words are shown to staff: phone numbers,
 * e-mail addresses and street addresses (a house number followed by a street name).
 */
final class PersonalDetails {

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{6,}\\d");

	private static final Pattern ADDRESS = Pattern.compile(
			"\\b\\d{1,6}\\s+(?:[A-Za-z0-9.'-]+\\s+){0,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|"
					+ "court|ct|place|pl|way|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|row|square|sq)\\b\\.?",
			Pattern.CASE_INSENSITIVE);

	private PersonalDetails() {
	}

	static String mask(String text) {
		String masked = EMAIL.matcher(text).replaceAll("[email]");
		masked = ADDRESS.matcher(masked).replaceAll("[address]");
		return PHONE.matcher(masked).replaceAll("[phone]");
	}

}
