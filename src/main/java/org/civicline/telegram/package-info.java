/**
 * Telegram: a bot reached by webhook (or long polling for development), its commands,
 * inline-keyboard quick replies and shared locations, and emergency alerts to residents
 * who opt in with {@code /alerts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram",
		allowedDependencies = { "conversation", "emergency", "emergency :: spi" })
package org.civicline.telegram;
