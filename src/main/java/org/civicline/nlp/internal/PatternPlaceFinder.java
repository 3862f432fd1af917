package org.civicline.nlp.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.nlp.PlaceFinder;

import org.springframework.stereotype.Component;

/**
 * Street addresses, intersections and landmarks by pattern. Residents rarely capitalise,
 * so a street is recognised by its type word (St, Ave, Rd...) or an ordinal (5th), not by
 * case.
 */
@Component
class PatternPlaceFinder implements PlaceFinder {

	private static final String TYPE = "(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|place|pl|"
			+ "court|ct|terrace|ter|parkway|pkwy|highway|hwy|square|sq|plaza|circle|cir)\\b\\.?";

	private static final String NAME = "(?:[nsew]\\.?\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'-]{1,20})";

	private static final String STREET = NAME + "(?:\\s+[a-z][a-z'-]{1,20})?\\s+" + TYPE;

	// A street without its type word, when it is an ordinal ("3rd") or the other side has
	// one.
	private static final String LOOSE_STREET = "(?:" + STREET + "|\\d{1,3}(?:st|nd|rd|th)\\b|[a-z][a-z'-]{2,20})";

	private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(\\d{1,5}[a-z]?\\s+" + STREET + ")");

	private static final String CONNECTOR = "\\s*(?:&|\\band\\b|\\bat\\b|\\bnear\\b|/|\\by\\b)\\s*";

	private static final String FIRM_STREET = "(?:" + STREET + "|\\d{1,3}(?:st|nd|rd|th)\\b)";

	// Both sides streets beat one side a street: "pothole at 5th Ave and Main St" is 5th
	// Ave & Main St.
	private static final List<Pattern> INTERSECTIONS = List.of(
			Pattern.compile("(?i)\\b(" + FIRM_STREET + ")" + CONNECTOR + "(" + FIRM_STREET + ")"),
			Pattern.compile("(?i)\\b(" + FIRM_STREET + ")" + CONNECTOR + "(" + LOOSE_STREET + ")"),
			Pattern.compile("(?i)\\b(" + LOOSE_STREET + ")" + CONNECTOR + "(" + FIRM_STREET + ")"));

	private static final Pattern LANDMARK = Pattern.compile(
			"(?i)\\b(?:in front of|outside(?: of)?|next to|across from|behind|near|by|at|in)\\s+(the\\s+[a-z][\\w' -]{2,40}?"
					+ "\\b(?:park|library|school|station|center|centre|hall|church|market|playground|pool|garage|"
					+ "stop|bridge|plaza|field|court|building|hospital|mall|store))\\b");

	private static final Pattern COMMON_WORDS = Pattern.compile(
			"(?i)^(the|a|an|my|our|is|are|was|there|this|that|it|and|or|but|car|truck|light|music|trash|here|block|corner|"
					+ "pothole|potholes|hole|sign|signal|tree|graffiti|noise|party|parked|parking|located|light|lights)$");

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("street", "St"),
			Map.entry("st", "St"), Map.entry("avenue", "Ave"), Map.entry("ave", "Ave"), Map.entry("av", "Ave"),
			Map.entry("road", "Rd"), Map.entry("rd", "Rd"), Map.entry("boulevard", "Blvd"), Map.entry("drive", "Dr"),
			Map.entry("lane", "Ln"), Map.entry("place", "Pl"), Map.entry("court", "Ct"), Map.entry("terrace", "Ter"),
			Map.entry("parkway", "Pkwy"), Map.entry("highway", "Hwy"), Map.entry("square", "Sq"));

	@Override
	public Optional<String> find(String text) {
		Matcher address = ADDRESS.matcher(text);
		if (address.find()) {
			return Optional.of(normalise(address.group(1)));
		}
		for (Pattern pattern : INTERSECTIONS) {
			Matcher intersection = pattern.matcher(text);
			while (intersection.find()) {
				String first = intersection.group(1);
				String second = intersection.group(2);
				if (!COMMON_WORDS.matcher(first).matches() && !COMMON_WORDS.matcher(second).matches()) {
					return Optional.of(normalise(first) + " & " + normalise(second));
				}
			}
		}
		Matcher landmark = LANDMARK.matcher(text);
		if (landmark.find()) {
			return Optional.of(normalise(landmark.group(1)));
		}
		return Optional.empty();
	}

	/** "5TH avenue" becomes "5th Ave", "the main library" becomes "The Main Library". */
	static String normalise(String place) {
		StringBuilder normalised = new StringBuilder();
		for (String word : place.strip().split("\\s+")) {
			String bare = word.replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
			String shown;
			if (ABBREVIATIONS.containsKey(bare)) {
				shown = ABBREVIATIONS.get(bare);
			}
			else if (bare.matches("\\d.*")) {
				shown = bare;
			}
			else {
				shown = Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
			}
			if (normalised.length() > 0) {
				normalised.append(' ');
			}
			normalised.append(shown);
		}
		return normalised.toString();
	}

}
