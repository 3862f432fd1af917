package org.civicline.web;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} lets through in header
 * names and values and in parameter names, checked a character at a time. The firewall's
 * own checks are regular expressions run on every header a request reads, which was about
 * a twentieth of the processor time of answering a message; these accept exactly the same
 * strings (a test holds them to the firewall's defaults).
 */
final class FirewallCharacters {

	private FirewallCharacters() {
	}

	/** Every character assigned in Unicode, and none a control character. */
	static boolean isAllowedName(String name) {
		return allAllowed(name, false);
	}

	/** As {@link #isAllowedName}, with the tab also allowed. */
	static boolean isAllowedHeaderValue(String value) {
		return allAllowed(value, true);
	}

	private static boolean allAllowed(String text, boolean tabAllowed) {
		for (int i = 0; i < text.length();) {
			char c = text.charAt(i);
			if (c < 0x80) {
				// ASCII is all assigned; its controls are below the space and DEL.
				if ((c < 0x20 || c == 0x7f) && !(tabAllowed && c == '\t')) {
					return false;
				}
				i++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || type == Character.CONTROL) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
