package org.civicline.evaluation;

import java.util.Set;

/** The command words the jar understands in place of starting the server. */
public final class Commands {

	static final String EVALUATE = "evaluate";

	static final String BENCHMARK = "benchmark";

	static final String BROADCAST_BENCHMARK = "broadcast-benchmark";

	static final String PREPARE = "prepare";

	private Commands() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && Set.of(EVALUATE, BENCHMARK, BROADCAST_BENCHMARK, PREPARE).contains(args[0]);
	}

}
