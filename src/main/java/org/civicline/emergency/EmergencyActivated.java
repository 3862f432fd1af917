package org.civicline.emergency;

/** Emergency mode was switched on or its guidance updated. */
public record EmergencyActivated(long version, String hazard, String headline) {
}
