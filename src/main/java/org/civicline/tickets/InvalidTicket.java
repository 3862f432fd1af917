package org.civicline.tickets;

/**
 * A request that cannot be filed or changed as asked; the message says what to change.
 */
public class InvalidTicket extends RuntimeException {

	public InvalidTicket(String message) {
		super(message);
	}

}
