package org.civicline.emergency.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are worked through.
 *
 * @param alertsPerSecond the broadcast's pace across all channels of this instance (each
 * channel also keeps its own carrier limit)
 * @param outboxBatch rows one worker claims at a time
 * @param claimTimeout how long a claimed row may stay unfinished before it counts as
 * interrupted by a crash and is settled again
 * @param maxAttempts tries per subscriber before the alert is marked failed for them
 */
@ConfigurationProperties("civicline.emergency")
record EmergencyProperties(@DefaultValue("50") double alertsPerSecond, @DefaultValue("200") int outboxBatch,
		@DefaultValue("2m") Duration claimTimeout, @DefaultValue("6") int maxAttempts) {
}
