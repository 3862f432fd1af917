package org.civicline.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.civicline.emergency.AlertBroadcasts;
import org.civicline.emergency.AlertBroadcasts.AlertRequest;
import org.civicline.emergency.AlertBroadcasts.DeliveryReport;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code broadcast-benchmark [--subscribers=100000]}: queues one alert to that many
 * confirmed subscribers and lets the outbox deliver it through a sender that accepts at
 * once. Prints the time to queue, the delivered rate against the configured
 * {@code civicline.emergency.alerts-per-second}, and the heap used.
 */
@Component
class BroadcastBenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

	private final AlertBroadcasts broadcasts;

	private final JdbcTemplate jdbc;

	private final Environment environment;

	private int exitCode;

	BroadcastBenchmarkCommand(AlertBroadcasts broadcasts, JdbcTemplate jdbc, Environment environment) {
		this.broadcasts = broadcasts;
		this.jdbc = jdbc;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		CommandLine line = CommandLine.parse(arguments.getSourceArgs());
		if (!Commands.BROADCAST_BENCHMARK.equals(line.command())) {
			return;
		}
		int subscribers = Integer.parseInt(line.option("subscribers", "100000"));
		double rate = this.environment.getProperty("civicline.emergency.alerts-per-second", Double.class, 50.0);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.out.printf("CivicLine broadcast benchmark: %d subscribers, configured %.0f alerts/s, %d cores%n",
				subscribers, rate, Runtime.getRuntime().availableProcessors());
		seed(subscribers);
		long heapBefore = memory.getHeapMemoryUsage().getUsed();

		long start = System.nanoTime();
		AlertBroadcasts.Alert alert = this.broadcasts.send(
				new AlertRequest("Benchmark: boil water before drinking until further notice.", null, List.of()),
				"benchmark");
		double queueSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("queued %d outbox rows in %.2f s (%.0f rows/s)%n", alert.recipients(), queueSeconds,
				alert.recipients() / queueSeconds);

		long peakHeap = 0;
		DeliveryReport report;
		long sendStart = System.nanoTime();
		long lastPrint = sendStart;
		do {
			Thread.sleep(1000);
			report = this.broadcasts.report(alert.id()).orElseThrow();
			peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
			if (System.nanoTime() - lastPrint > 10_000_000_000L) {
				lastPrint = System.nanoTime();
				System.out.printf("  %d sent, %d to go%n", report.sent(), report.queued() + report.sending());
			}
		}
		while (!report.finished());
		double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
		double delivered = report.sent() / sendSeconds;
		System.out.printf("delivered %d in %.1f s: %.0f alerts/s = %.2f of the configured rate; failed %d%n",
				report.sent(), sendSeconds, delivered, delivered / rate, report.failed());
		System.out.printf("heap used: %.0f MB before the alert, peak %.0f MB while sending (max heap %.0f MB)%n",
				heapBefore / 1e6, peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
		this.exitCode = (report.sent() == subscribers) ? 0 : 1;
	}

	private void seed(int subscribers) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int batch = 5000;
		for (int from = 0; from < subscribers; from += batch) {
			int first = from;
			int size = Math.min(batch, subscribers - from);
			this.jdbc.batchUpdate("""
					insert into alert_subscriber (channel, address, status, zone, language, updated_at)
					values (?, ?, 'CONFIRMED', null, 'en', ?)""", java.util.stream.IntStream.range(0, size)
				.mapToObj((
						i) -> new Object[] { BenchmarkAlertSender.CHANNEL, String.format("+1555%07d", first + i), now })
				.toList());
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
