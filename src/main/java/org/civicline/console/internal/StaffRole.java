package org.civicline.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a staff member may do. Each role includes the ones before it: a publisher also
 * edits, an admin also publishes.
 */
enum StaffRole {

	/** Drafts FAQ entries, works the queues and tickets. */
	EDITOR,

	/** Publishes, pulls and rolls back entries; runs emergency mode and alerts. */
	PUBLISHER,

	/** Manages staff accounts and subscribers. */
	ADMIN;

	List<SimpleGrantedAuthority> authorities() {
		List<SimpleGrantedAuthority> granted = new ArrayList<>();
		for (StaffRole role : values()) {
			if (role.ordinal() <= ordinal()) {
				granted.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			}
		}
		return granted;
	}

	static StaffRole parse(String text) {
		try {
			return valueOf((text == null) ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("role must be EDITOR, PUBLISHER or ADMIN.");
		}
	}

}
