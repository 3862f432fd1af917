package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.civicline.conversation.CallbackRequest.Line;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The last few lines of each conversation, so that staff who are asked for a person see
 * what led up to it, whichever instance the earlier messages reached. They are kept in
 * the shared dialogue store for half an hour ({@link DialogueStates}); nobody's words are
 * kept longer unless they ask for a person.
 */
@Component
class RecentLines {

	static final int KEPT = 8;

	// The lines before a request are context for staff, not a record; later ones are
	// stored in full.
	static final int LONGEST = 300;

	private final DialogueStates states;

	private final Clock clock;

	@Autowired
	RecentLines(DialogueStates states) {
		this(states, Clock.systemUTC());
	}

	RecentLines(DialogueStates states, Clock clock) {
		this.states = states;
		this.clock = clock;
	}

	/** Adds a resident's message and the reply, keeping the last {@link #KEPT} lines. */
	void add(String conversation, String residentSaid, String assistantSaid) {
		String at = Instant.now(this.clock).toString();
		this.states.addRecentLines(conversation, List.of(new Line("resident", LineText.cut(residentSaid, LONGEST), at),
				new Line("assistant", LineText.cut(assistantSaid, LONGEST), at)), KEPT);
	}

	List<Line> of(String conversation) {
		return this.states.recentLines(conversation);
	}

}
