package org.civicline.emergency.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a CAP alert concerns the city enough to propose emergency mode: an
 * actual, public alert, not expired, for the city's area, at or above the configured
 * severity, urgency and certainty.
 */
final class CapMatcher {

	private static final List<String> SEVERITY = List.of("extreme", "severe", "moderate", "minor", "unknown");

	private static final List<String> URGENCY = List.of("immediate", "expected", "future", "past", "unknown");

	private static final List<String> CERTAINTY = List.of("observed", "likely", "possible", "unlikely", "unknown");

	private final CapProperties properties;

	CapMatcher(CapProperties properties) {
		this.properties = properties;
	}

	/** The first info block that matches, if the alert is one to act on. */
	Optional<CapAlert.Info> match(CapAlert alert, Instant now) {
		if (!"Actual".equalsIgnoreCase(alert.status()) || !"Public".equalsIgnoreCase(alert.scope())) {
			return Optional.empty();
		}
		return alert.infos()
			.stream()
			.filter((info) -> info.expires() == null || info.expires().toInstant().isAfter(now))
			.filter((info) -> atLeast(SEVERITY, info.severity(), this.properties.minSeverity())
					&& atLeast(URGENCY, info.urgency(), this.properties.minUrgency())
					&& atLeast(CERTAINTY, info.certainty(), this.properties.minCertainty()))
			.filter(this::forTheCity)
			.findFirst();
	}

	private boolean forTheCity(CapAlert.Info info) {
		for (CapAlert.Area area : info.areas()) {
			for (var geocode : area.geocodes()) {
				if (this.properties.geocodes().stream().anyMatch((code) -> code.equalsIgnoreCase(geocode.getValue()))) {
					return true;
				}
			}
			if (this.properties.latitude() != null && this.properties.longitude() != null) {
				for (List<double[]> polygon : area.polygons()) {
					if (contains(polygon, this.properties.latitude(), this.properties.longitude())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean atLeast(List<String> scale, String value, String minimum) {
		int rank = scale.indexOf(value.toLowerCase(Locale.ROOT));
		int least = scale.indexOf(minimum.toLowerCase(Locale.ROOT));
		return rank >= 0 && least >= 0 && rank <= least;
	}

	/** Ray casting over latitude/longitude, fine at a city's scale. */
	static boolean contains(List<double[]> polygon, double latitude, double longitude) {
		boolean inside = false;
		for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
			double[] a = polygon.get(i);
			double[] b = polygon.get(j);
			if ((a[1] > longitude) != (b[1] > longitude)
					&& latitude < (b[0] - a[0]) * (longitude - a[1]) / (b[1] - a[1]) + a[0]) {
				inside = !inside;
			}
		}
		return inside;
	}

}
