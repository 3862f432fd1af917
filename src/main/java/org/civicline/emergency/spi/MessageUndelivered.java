package org.civicline.emergency.spi;

import java.time.Instant;

/**
 * A message sent through {@link AlertRetries} was never accepted, even after trying
 * again.
 *
 * @param channel the channel it was for
 * @param address the recipient on it
 * @param detail why, as the provider said it
 * @param at when it was given up
 */
public record MessageUndelivered(String channel, String address, String detail, Instant at) {
}
