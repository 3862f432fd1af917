/**
 * Emergency: who asked for emergency alerts, with a consent ledger of every sign-up,
 * confirmation and opt-out. Channels deliver alerts through
 * {@link org.civicline.emergency.spi.AlertSender}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Emergency")
package org.civicline.emergency;
