package org.civicline.testsupport;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The one way the tests wait for work another thread or process does: look again every
 * few milliseconds until the condition holds, and fail with what was last seen when it
 * never does. A fixed sleep either wastes time on a fast machine or fails on a slow one.
 */
public final class WaitUntil {

	private static final Duration POLL = Duration.ofMillis(50);

	private WaitUntil() {
	}

	/**
	 * Returns the first value the probe gives that satisfies the condition. A probe that
	 * throws (a server not listening yet) counts as "not yet"; its last failure is
	 * reported if time runs out.
	 */
	public static <T> T value(String expectation, Duration within, Probe<T> probe, Predicate<? super T> done) {
		long end = System.nanoTime() + within.toNanos();
		Object lastSeen = null;
		while (true) {
			try {
				T now = probe.get();
				if (done.test(now)) {
					return now;
				}
				lastSeen = now;
			}
			catch (AssertionError ex) {
				throw ex;
			}
			catch (Exception ex) {
				lastSeen = ex;
			}
			if (System.nanoTime() >= end) {
				throw new AssertionError(
						"Waited " + within.toMillis() + " ms for " + expectation + "; last seen: " + lastSeen);
			}
			pause();
		}
	}

	/** Waits until the condition is true. */
	public static void holds(String expectation, Duration within, Probe<Boolean> condition) {
		value(expectation, within, condition, Boolean.TRUE::equals);
	}

	private static void pause() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting", ex);
		}
	}

	/**
	 * What the test looks at each time; it may throw while the thing is not ready yet.
	 */
	@FunctionalInterface
	public interface Probe<T> {

		T get() throws Exception;

	}

}
