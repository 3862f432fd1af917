package org.civicline.conversation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicline.conversation.Analysis;
import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.faq.FaqEntries;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqMatches;
import org.civicline.faq.FaqSearch;

import org.springframework.stereotype.Service;

/** The one engine behind every channel. */
@Service
class ConversationEngine implements Conversations {

	static final String UNKNOWN_TEXT = "Sorry, I don't have an answer to that in the city's FAQ. "
			+ "If something needs fixing, tell me what it is and where, and I can help you file a service request. "
			+ "You can also call 311.";

	static final String UNKNOWN_SHORT = "Sorry, I don't have an answer to that. To report a problem, "
			+ "tell me what and where. Or call 311.";

	private final MessageRules rules;

	private final FaqSearch faq;

	private final FaqEntries entries;

	private final RoutingPolicy policy;

	private final DialogueStates dialogues;

	ConversationEngine(MessageRules rules, FaqSearch faq, FaqEntries entries, RoutingPolicy policy,
			DialogueStates dialogues) {
		this.rules = rules;
		this.faq = faq;
		this.entries = entries;
		this.policy = policy;
		this.dialogues = dialogues;
	}

	@Override
	public Analysis analyze(String text, String language) {
		FaqMatches matches = this.faq.search(this.rules.check(text));
		List<Analysis.Candidate> candidates = matches.hits()
			.stream()
			.map((hit) -> new Analysis.Candidate(hit.id(), hit.score()))
			.toList();
		boolean faqIntent = this.policy.decide(matches) != RoutingPolicy.Decision.UNKNOWN;
		double confidence = faqIntent ? matches.confidence() : 1 - matches.confidence();
		return new Analysis(faqIntent ? "faq" : "out_of_scope", null, candidates, confidence);
	}

	@Override
	public Reply handle(InboundMessage message) {
		String text = this.rules.check(message.text());
		Optional<FaqEntry> picked = this.dialogues.takeOffer(message.conversationKey())
			.flatMap((offered) -> pick(offered, text));
		if (picked.isPresent()) {
			return answer(picked.get());
		}
		FaqMatches matches = this.faq.search(text);
		return switch (this.policy.decide(matches)) {
			case ANSWER -> answer(matches.hits().get(0).entry());
			case CLARIFY -> clarify(message, matches.hits());
			case UNKNOWN -> new Reply("unknown", UNKNOWN_TEXT, UNKNOWN_SHORT, List.of(), null);
		};
	}

	private Reply answer(FaqEntry entry) {
		return new Reply("answer", entry.answer(), entry.shortAnswer(), List.of(), entry.id());
	}

	private Reply clarify(InboundMessage message, List<FaqHit> hits) {
		List<FaqEntry> choices = hits.stream().limit(2).map(FaqHit::entry).toList();
		this.dialogues.offer(message.conversationKey(), choices.stream().map(FaqEntry::id).toList());
		String text = (choices.size() == 1) ? "Did you mean: " + choices.get(0).title() + "? Reply 1 for yes."
				: "Did you mean 1) " + choices.get(0).title() + " or 2) " + choices.get(1).title()
						+ "? Reply 1 or 2, or ask in other words.";
		return new Reply("clarify", text, text, choices.stream().map(FaqEntry::title).toList(), null);
	}

	/** The offered entry the resident chose, by number or by its title. */
	private Optional<FaqEntry> pick(List<String> offered, String text) {
		String reply = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!)]+$", "");
		for (int i = 0; i < offered.size(); i++) {
			Optional<FaqEntry> entry = this.entries.findById(offered.get(i));
			if (entry.isPresent() && (reply.equals(String.valueOf(i + 1))
					|| reply.equals(entry.get().title().toLowerCase(Locale.ROOT)))) {
				return entry;
			}
		}
		return Optional.empty();
	}

}
