package org.civicline.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.civicline.conversation.Conversations;
import org.civicline.faq.FaqEntries;
import org.civicline.faq.FaqEntry;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark [--seconds=N] [--threads=1,2]}: analysis throughput and latency over a
 * message mix where every text differs (corpus questions with a street address, a typo or
 * a stray word added), so no cache can help. Prints messages per second and p50/p99 per
 * thread count; the machine it runs on should be stated beside any figure quoted.
 */
@Component
class BenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final String[] STREETS = { "Main St", "5th Ave", "Elm and 3rd", "Harbor Rd", "Union St",
			"corner of Oak & Pine", "Depot St", "Maple Ave" };

	private static final String[] FILLERS = { "please", "asap", "thanks", "again", "today", "hi", "on my block",
			"for the third time" };

	private final Conversations conversations;

	private final FaqEntries entries;

	private int exitCode;

	BenchmarkCommand(Conversations conversations, FaqEntries entries) {
		this.conversations = conversations;
		this.entries = entries;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		CommandLine line = CommandLine.parse(arguments.getSourceArgs());
		if (!Commands.BENCHMARK.equals(line.command())) {
			return;
		}
		int seconds = Integer.parseInt(line.option("seconds", "10"));
		int[] threadCounts = Arrays.stream(line.option("threads", "1,2").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		List<String> seeds = this.entries.findAll().stream().flatMap((e) -> questions(e).stream()).toList();
		if (seeds.isEmpty()) {
			System.err.println("benchmark: the FAQ is empty");
			this.exitCode = 2;
			return;
		}
		System.out.printf("CivicLine analyze benchmark: %d seed questions, %d s per run, %d cores%n", seeds.size(),
				seconds, Runtime.getRuntime().availableProcessors());
		run(seeds, 1, Math.max(2, seconds / 2), false);
		for (int threads : threadCounts) {
			run(seeds, threads, seconds, true);
		}
	}

	private void run(List<String> seeds, int threads, int seconds, boolean report) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<long[]>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Random random = new Random(42 + t);
			results.add(pool.submit(() -> measure(seeds, random, end)));
		}
		long[] all = new long[0];
		for (Future<long[]> result : results) {
			long[] part = result.get();
			long[] merged = Arrays.copyOf(all, all.length + part.length);
			System.arraycopy(part, 0, merged, all.length, part.length);
			all = merged;
		}
		pool.shutdown();
		if (report) {
			Arrays.sort(all);
			System.out.printf("threads=%d  messages/s=%.0f  p50=%.2f ms  p99=%.2f ms  (n=%d)%n", threads,
					all.length / (double) seconds, percentile(all, 0.50), percentile(all, 0.99), all.length);
		}
	}

	private long[] measure(List<String> seeds, Random random, long end) {
		long[] latencies = new long[1 << 16];
		int n = 0;
		while (System.nanoTime() < end) {
			String text = vary(seeds.get(random.nextInt(seeds.size())), random);
			long start = System.nanoTime();
			this.conversations.analyze(text, "en");
			if (n == latencies.length) {
				latencies = Arrays.copyOf(latencies, n * 2);
			}
			latencies[n++] = System.nanoTime() - start;
		}
		return Arrays.copyOf(latencies, n);
	}

	private static String vary(String seed, Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> seed + " at " + (1 + random.nextInt(999)) + " " + STREETS[random.nextInt(STREETS.length)];
			case 1 -> typo(seed, random) + " " + FILLERS[random.nextInt(FILLERS.length)];
			default -> FILLERS[random.nextInt(FILLERS.length)] + " " + seed + " #" + random.nextInt(100_000);
		};
	}

	private static String typo(String text, Random random) {
		if (text.length() < 4) {
			return text;
		}
		int at = 1 + random.nextInt(text.length() - 2);
		return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
	}

	private static List<String> questions(FaqEntry entry) {
		return entry.questions();
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
