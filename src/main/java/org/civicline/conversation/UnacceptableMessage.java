package org.civicline.conversation;

/** A message the engine refuses to read, with a sentence the resident can act on. */
public class UnacceptableMessage extends RuntimeException {

	private final Reason reason;

	public UnacceptableMessage(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a message was refused. */
	public enum Reason {

		EMPTY, TOO_LONG, NOT_TEXT

	}

}
