package org.civicline.emergency.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A CAP 1.2 (or 1.1) alert message, as far as CivicLine reads it.
 *
 * @param references the {@code sender,identifier,sent} triplets an Update or Cancel
 * refers to
 */
record CapAlert(String identifier, String sender, OffsetDateTime sent, String status, String msgType, String scope,
		List<Reference> references, List<Info> infos) {

	record Reference(String sender, String identifier) {
	}

	/**
	 * @param parameters named values such as {@code CMAMtext}, the phone-sized text of US
	 * alerts
	 */
	record Info(String event, String urgency, String severity, String certainty, String headline, String description,
			String instruction, OffsetDateTime effective, OffsetDateTime expires, Map<String, String> parameters,
			List<Area> areas) {
	}

	/**
	 * @param geocodes pairs of code system ({@code SAME}, {@code FIPS6}, {@code UGC}) and
	 * value
	 * @param polygons each a closed ring of latitude, longitude pairs
	 */
	record Area(String description, List<Map.Entry<String, String>> geocodes, List<List<double[]>> polygons) {
	}

}
