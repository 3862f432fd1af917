package org.civicline.conversation;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Residents' texts and addresses older than the retention period are due to go: every
 * module deletes what it keeps from before {@code cutoff}, in the sweep's transaction.
 *
 * @param cutoff rows from before this moment go
 * @param forgotten each listener adds how many rows it deleted or cleared
 */
public record ResidentDataExpired(Instant cutoff, AtomicInteger forgotten) {
}
