/**
 * Staff console: staff accounts and roles (EDITOR, PUBLISHER, ADMIN), the audit log of
 * staff actions, FAQ editing with drafts, history and the golden set, and the console
 * pages at {@code /console} over the same admin API that automation uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff console",
		allowedDependencies = { "faq", "tickets", "emergency", "conversation", "webchat" })
package org.civicline.console;
