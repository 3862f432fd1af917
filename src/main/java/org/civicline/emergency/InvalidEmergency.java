package org.civicline.emergency;

/** A declaration staff must correct; the message says what to change. */
public class InvalidEmergency extends RuntimeException {

	public InvalidEmergency(String message) {
		super(message);
	}

}
