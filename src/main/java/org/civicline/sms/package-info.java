/**
 * SMS on Twilio: the webhook residents' texts arrive on, carrier keywords (STOP, HELP,
 * START and their Spanish forms), the emergency-alert sign-up, replies fitted to SMS
 * segments, and an outbound queue that delivers status updates and alerts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SMS",
		allowedDependencies = { "conversation", "emergency", "emergency :: spi", "tickets" })
package org.civicline.sms;
