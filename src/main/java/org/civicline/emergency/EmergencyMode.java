package org.civicline.emergency;

import java.util.List;
import java.util.Optional;

/** Emergency mode: switched on, updated and off by staff, read by every channel. */
public interface EmergencyMode {

	/** The emergency in force now, if any; an expired one is over. */
	Optional<Emergency> active();

	/**
	 * Switches emergency mode on, or updates the one in force (a new version).
	 * @throws InvalidEmergency when the declaration cannot be taken
	 */
	Emergency declare(EmergencyDeclaration declaration, String actor);

	/** Switches it off; false when none was on. */
	boolean end(String actor, String reason);

	/** Every change, newest first. */
	List<AuditEntry> audit();

	/**
	 * One change to emergency mode.
	 *
	 * @param action {@code activated}, {@code updated}, {@code deactivated} or
	 * {@code expired}
	 * @param details what was declared, as staff gave it
	 */
	record AuditEntry(long id, java.time.Instant at, String actor, String action, Long version, String details) {
	}

}
