package org.civicline.conversation.internal;

/**
 * How much of the processors the sentence encoder may take. An encoding costs several
 * milliseconds of one core (about 9 ms for a median resident message on the 2-core
 * machine the README measures on), forty times what reading the words costs, so under a
 * flood of messages it would crowd out everything else. The encoder draws on a budget
 * refilled at a share of the cores' time; a message that finds it spent is read by words
 * alone. A city's real traffic (a message a second, or a hundred) never empties it.
 */
final class EncoderBudget {

	// Credit an idle server may save up, in nanoseconds of encoder time: a burst after a
	// quiet minute is read in full, a sustained flood is not.
	private static final long MAX_CREDIT = 250_000_000L;

	private final double nanosPerNano;

	private long credit = MAX_CREDIT;

	private long refilled = System.nanoTime();

	/**
	 * @param share the share of all the cores' time the encoder may take, in (0, 1]; 1
	 * leaves it unbounded
	 */
	EncoderBudget(double share, int cores) {
		this.nanosPerNano = (share >= 1) ? Double.POSITIVE_INFINITY : share * cores;
	}

	/** Whether an encoding may start now. */
	boolean mayEncode() {
		return mayEncode(false);
	}

	/**
	 * Whether an encoding may start now; an urgent one (a message that may be about a
	 * life at risk) may borrow as much again as the budget saves up, so under a flood
	 * such messages get the encoder first.
	 */
	synchronized boolean mayEncode(boolean urgent) {
		if (Double.isInfinite(this.nanosPerNano)) {
			return true;
		}
		long now = System.nanoTime();
		this.credit = Math.min(MAX_CREDIT, this.credit + (long) ((now - this.refilled) * this.nanosPerNano));
		this.refilled = now;
		return this.credit > (urgent ? -MAX_CREDIT : 0);
	}

	/** Charges an encoding's time, measured by whoever ran it. */
	synchronized void spent(long nanos) {
		this.credit -= nanos;
	}

}
