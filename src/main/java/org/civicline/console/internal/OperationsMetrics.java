package org.civicline.console.internal;

import java.util.List;
import java.util.function.ToIntFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.civicline.emergency.AlertBroadcasts;
import org.civicline.emergency.AlertBroadcasts.DeliveryReport;
import org.civicline.tickets.TicketFiled;
import org.civicline.tickets.TicketStatusChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Metrics operations watch beside the engine's own: tickets filed and closed by service,
 * and the alert outbox of the latest broadcasts (backlog, sent, delivered, failed).
 */
@Component
class OperationsMetrics {

	// The four alert gauges are read together at each scrape: one query serves them all.
	private static final long REPORTS_KEPT_NANOS = 1_000_000_000L;

	private final MeterRegistry meters;

	private final AlertBroadcasts broadcasts;

	private volatile Reports latest;

	OperationsMetrics(MeterRegistry meters, AlertBroadcasts broadcasts) {
		this.meters = meters;
		this.broadcasts = broadcasts;
		gauge("civicline.alerts.backlog", "alert messages still queued or being sent", broadcasts,
				(report) -> report.queued() + report.sending());
		gauge("civicline.alerts.sent", "alert messages sent, latest broadcasts", broadcasts, DeliveryReport::sent);
		gauge("civicline.alerts.delivered", "alert messages delivered, latest broadcasts", broadcasts,
				DeliveryReport::delivered);
		gauge("civicline.alerts.failed", "alert messages that failed, latest broadcasts", broadcasts,
				DeliveryReport::failed);
	}

	private void gauge(String name, String description, AlertBroadcasts broadcasts,
			ToIntFunction<DeliveryReport> figure) {
		Gauge.builder(name, broadcasts, (b) -> sum(recent(), figure)).description(description).register(this.meters);
	}

	private List<DeliveryReport> recent() {
		Reports reports = this.latest;
		long now = System.nanoTime();
		if (reports == null || now - reports.at() > REPORTS_KEPT_NANOS) {
			reports = new Reports(now, this.broadcasts.recent());
			this.latest = reports;
		}
		return reports.reports();
	}

	private record Reports(long at, List<DeliveryReport> reports) {
	}

	private static double sum(List<DeliveryReport> reports, ToIntFunction<DeliveryReport> figure) {
		return reports.stream().mapToInt(figure).sum();
	}

	@TransactionalEventListener
	void filed(TicketFiled filed) {
		this.meters.counter("civicline.tickets.filed", "service", filed.serviceCode()).increment();
	}

	@TransactionalEventListener
	void changed(TicketStatusChanged changed) {
		this.meters.counter("civicline.tickets.status", "service", changed.serviceCode(), "status", changed.status())
			.increment();
	}

}
