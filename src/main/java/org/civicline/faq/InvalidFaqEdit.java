package org.civicline.faq;

/** A staff change to the FAQ that cannot be taken, with the sentence that says why. */
public class InvalidFaqEdit extends RuntimeException {

	public InvalidFaqEdit(String message) {
		super(message);
	}

}
