package org.civicline.conversation;

import java.time.LocalDate;
import java.util.List;

/**
 * What residents asked over a period, without their words.
 *
 * @param perDay messages handled per day and channel
 * @param perKind messages by the kind of reply: {@code answer}, {@code clarify},
 * {@code unknown}, report steps, safety…
 * @param topTopics the FAQ entries answered most
 */
public record ConversationStatistics(List<DayCount> perDay, List<KindCount> perKind, List<TopicCount> topTopics) {

	public record DayCount(LocalDate day, String channel, long count) {
	}

	public record KindCount(String kind, long count) {
	}

	public record TopicCount(String faqId, long count) {
	}

}
