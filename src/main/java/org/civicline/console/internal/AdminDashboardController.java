package org.civicline.console.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.civicline.conversation.ConversationStatistics;
import org.civicline.conversation.Conversations;
import org.civicline.emergency.AlertBroadcasts;
import org.civicline.emergency.AlertSubscriptions;
import org.civicline.tickets.Tickets;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures behind staff's dashboard, {@code /api/v1/admin/dashboard}: messages per day
 * by channel, answer and fallback rates, top topics and unanswered questions, tickets by
 * service and status, subscriptions over time, alert deliveries.
 */
@RestController
class AdminDashboardController {

	private final Conversations conversations;

	private final Tickets tickets;

	private final AlertSubscriptions subscriptions;

	private final AlertBroadcasts broadcasts;

	private final LearningQueue learning;

	AdminDashboardController(Conversations conversations, Tickets tickets, AlertSubscriptions subscriptions,
			AlertBroadcasts broadcasts, LearningQueue learning) {
		this.conversations = conversations;
		this.tickets = tickets;
		this.subscriptions = subscriptions;
		this.broadcasts = broadcasts;
		this.learning = learning;
	}

	@GetMapping("/api/v1/admin/dashboard")
	Dashboard dashboard(@RequestParam(defaultValue = "30") int days) {
		int period = Math.max(1, Math.min(days, 366));
		ConversationStatistics statistics = this.conversations.statistics(Duration.ofDays(period));
		long all = statistics.perKind().stream().mapToLong(ConversationStatistics.KindCount::count).sum();
		long answered = count(statistics, "answer");
		long fallback = count(statistics, "unknown") + count(statistics, "clarify");
		Map<String, Map<String, Long>> ticketsByService = this.tickets.countByServiceAndStatus();
		Map<LocalDate, Map<String, Long>> consent = this.subscriptions
			.consentPerDay(LocalDate.now(ZoneOffset.UTC).minusDays(period));
		return new Dashboard(period, OffsetDateTime.now(ZoneOffset.UTC), statistics, all,
				(all == 0) ? 0 : (double) answered / all, (all == 0) ? 0 : (double) fallback / all,
				this.learning.topQuestions(Duration.ofDays(period), 10), ticketsByService, consent,
				this.broadcasts.recent());
	}

	private static long count(ConversationStatistics statistics, String kind) {
		return statistics.perKind()
			.stream()
			.filter((k) -> k.kind().equals(kind))
			.mapToLong(ConversationStatistics.KindCount::count)
			.sum();
	}

	record Dashboard(int days, OffsetDateTime at, ConversationStatistics conversations, long messages,
			double answerRate, double fallbackRate, List<LearningQueue.QuestionCount> topUnanswered,
			Map<String, Map<String, Long>> ticketsByServiceAndStatus,
			Map<LocalDate, Map<String, Long>> subscriptionsPerDay, List<AlertBroadcasts.DeliveryReport> alerts) {
	}

}
