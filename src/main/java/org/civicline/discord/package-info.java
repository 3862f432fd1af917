/**
 * Discord: slash commands ({@code /ask}, {@code /report}, {@code /status},
 * {@code /alerts}) and direct messages answered by the engine, quick replies as buttons,
 * FAQ answers as embeds, and emergency alerts by direct message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discord",
		allowedDependencies = { "conversation", "emergency", "emergency :: spi" })
package org.civicline.discord;
