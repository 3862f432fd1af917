package org.civicline.emergency.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The official alert feed CivicLine watches.
 *
 * @param feedUrl a CAP 1.2 alert or an ATOM feed of CAP entries; none, no polling
 * @param pollInterval how often it is read
 * @param geocodes the city's area codes (SAME/FIPS6 such as {@code 006109}, UGC such as
 * {@code MAZ015}); an alert for any of them matches
 * @param latitude with {@code longitude}, a point of the city: an alert whose polygon
 * holds it matches
 * @param minSeverity the least severity that counts ({@code Extreme}, {@code Severe},
 * {@code Moderate}, {@code Minor})
 * @param minUrgency the least urgency ({@code Immediate}, {@code Expected},
 * {@code Future})
 * @param minCertainty the least certainty ({@code Observed}, {@code Likely},
 * {@code Possible})
 * @param autoActivate switch emergency mode on without staff, for a matching alert
 */
@ConfigurationProperties("civicline.emergency.cap")
record CapProperties(String feedUrl, @DefaultValue("2m") Duration pollInterval, @DefaultValue List<String> geocodes,
		Double latitude, Double longitude, @DefaultValue("Severe") String minSeverity,
		@DefaultValue("Expected") String minUrgency, @DefaultValue("Likely") String minCertainty,
		@DefaultValue("false") boolean autoActivate) {
}
