package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civicline.conversation.CallbackRequest.Line;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The last few lines of each conversation, kept in memory only, so that staff who are
 * asked for a person see what led up to it. Nobody's words are stored for longer unless
 * they ask for a person.
 */
@Component
class RecentLines {

	static final int KEPT = 8;

	// Bounds the memory a flood of senders can take (50,000 conversations at most): the
	// lines before a request are context for staff, not a record; later ones are stored
	// in full.
	static final int LONGEST = 300;

	private final Clock clock;

	private final ConversationMemory<List<Line>> lines;

	@Autowired
	RecentLines() {
		this(Clock.systemUTC(), Duration.ofMinutes(30));
	}

	RecentLines(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lines = new ConversationMemory<>(clock, lifetime);
	}

	synchronized void add(String conversation, String author, String text) {
		Line line = new Line(author, LineText.cut(text, LONGEST), Instant.now(this.clock).toString());
		List<Line> kept = new ArrayList<>(this.lines.get(conversation).orElse(List.of()));
		kept.add(line);
		this.lines.keep(conversation, List.copyOf(kept.subList(Math.max(0, kept.size() - KEPT), kept.size())));
	}

	List<Line> of(String conversation) {
		return this.lines.get(conversation).orElse(List.of());
	}

}
