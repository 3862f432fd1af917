package org.civicline.conversation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.tickets.ServiceDefinition;

/**
 * Takes a report's details from the resident's first message, so that "blue van blocking
 * my driveway" is not asked "which vehicle?". A value is taken only when the words leave
 * no doubt.
 */
final class DetailFinder {

	private static final Pattern VEHICLE = Pattern.compile("(?i)\\b((?:(?:black|white|grey|gray|silver|red|blue|green|"
			+ "yellow|orange|brown|tan|gold|beige|purple|dark|light)\\s+)?(?:[a-z]+\\s+)?(?:car|van|truck|suv|sedan|"
			+ "pickup|minivan|jeep|motorcycle|bus|trailer|camper|rv|honda|toyota|ford|nissan|chevy|bmw|audi|tesla|"
			+ "hyundai|kia|subaru|mercedes|jeep|dodge|volvo|lexus|mazda|volkswagen|vw|civic|camry|accord|corolla))\\b");

	private static final Pattern PLATE = Pattern
		.compile("(?i)\\b(?:plate|tag|license)\\s*(?:#|number|no\\.?)?\\s*([a-z0-9]{2,4}[ -]?[a-z0-9]{2,5})\\b");

	// Keywords that name one allowed value beyond doubt.
	private static final Map<String, Pattern> VALUE_WORDS = Map.of("music or party",
			Pattern.compile("(?i)\\b(music|party|parties|partying|bass|speaker|dj|karaoke)\\b"), "construction",
			Pattern.compile("(?i)\\b(construction|jackhammer\\w*|drilling|demolition|hammering)\\b"), "dog",
			Pattern.compile("(?i)\\b(dogs?|bark\\w*)\\b"), "car alarm",
			Pattern.compile("(?i)\\b(car alarms?|alarm)\\b"), "recycling",
			Pattern.compile("(?i)\\b(recycling|recycle|recyclables|blue bin)\\b"), "yard waste",
			Pattern.compile("(?i)\\b(yard waste|leaves|leaf|yard bags?|grass clippings|branches)\\b"), "trash",
			Pattern.compile("(?i)\\b(trash|garbage|rubbish|refuse)\\b"));

	private DetailFinder() {
	}

	static Optional<String> find(ServiceDefinition.Attribute attribute, String text) {
		if ("vehicle".equals(attribute.code())) {
			return vehicle(text);
		}
		Optional<String> found = Optional.empty();
		for (String value : attribute.values()) {
			Pattern words = VALUE_WORDS.get(value);
			if (words != null && words.matcher(text).find()) {
				if (found.isPresent()) {
					// Two values named ("recycling and trash"): ask rather than guess.
					return Optional.empty();
				}
				found = Optional.of(value);
			}
		}
		return found;
	}

	private static Optional<String> vehicle(String text) {
		Matcher vehicle = VEHICLE.matcher(text);
		Matcher plate = PLATE.matcher(text);
		String described = vehicle.find() ? vehicle.group(1).toLowerCase(Locale.ROOT) : null;
		String plated = plate.find() ? "plate " + plate.group(1).toUpperCase(Locale.ROOT) : null;
		if (described == null && plated == null) {
			return Optional.empty();
		}
		if (described != null && plated != null) {
			return Optional.of(described + ", " + plated);
		}
		return Optional.of((described != null) ? described : plated);
	}

}
