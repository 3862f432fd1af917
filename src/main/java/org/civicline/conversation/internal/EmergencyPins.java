package org.civicline.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicline.conversation.Reply;
import org.civicline.emergency.Emergency;
import org.civicline.emergency.Guidance;
import org.civicline.emergency.EmergencyMode;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqMatches;

import org.springframework.stereotype.Component;

/**
 * While emergency mode is on, every conversation's first reply, and its first reply after
 * each update, carries the pinned guidance ahead of the answer; never twice in a row for
 * the same version. Which version a conversation was shown is kept in the shared dialogue
 * store, so a resident whose messages reach several instances is not shown it on each.
 * The emergency's own FAQ entries come first when they fit.
 */
@Component
class EmergencyPins {

	// An emergency entry comes first when it scores at least this share of the best one.
	private static final double RELATED = 0.5;

	private final EmergencyMode mode;

	private final DialogueStates dialogues;

	EmergencyPins(EmergencyMode mode, DialogueStates dialogues) {
		this.mode = mode;
		this.dialogues = dialogues;
	}

	Reply pin(String conversation, Reply reply) {
		Optional<Emergency> active = this.mode.active();
		if (active.isEmpty()) {
			return reply;
		}
		Emergency emergency = active.get();
		if (this.dialogues.notePinShown(conversation, emergency.version())) {
			return reply;
		}
		Guidance guidance = emergency.guidance(reply.language());
		String text = "**" + guidance.headline() + "**: " + guidance.guidanceLong() + "\n\n" + reply.text();
		String shortText = guidance.guidanceShort() + "\n\n" + reply.shortText();
		return new Reply(reply.kind(), text, shortText, reply.suggestions(), reply.faqId(), reply.language());
	}

	/** The matches with the emergency's entries first, where they fit the question. */
	FaqMatches focus(FaqMatches matches) {
		Optional<Emergency> active = this.mode.active();
		if (active.isEmpty() || matches.hits().isEmpty()) {
			return matches;
		}
		double best = matches.hits().get(0).score();
		List<FaqHit> first = new ArrayList<>();
		List<FaqHit> rest = new ArrayList<>();
		for (FaqHit hit : matches.hits()) {
			boolean related = active.get().faqIds().contains(hit.entry().id()) && hit.score() >= best * RELATED;
			(related ? first : rest).add(hit);
		}
		if (first.isEmpty() || first.get(0) == matches.hits().get(0)) {
			return matches;
		}
		first.addAll(rest);
		// The calibrated confidence was for the old first entry; an emergency entry that
		// fits is what the resident most likely needs now, so it is answered rather than
		// offered.
		return new FaqMatches(first, Math.max(matches.confidence(), 0.5), 1.0);
	}

}
