package org.civicline.conversation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicline.conversation.Analysis;
import org.civicline.conversation.CallbackRequest;
import org.civicline.conversation.ConversationStatistics;
import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.faq.FaqEntries;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqMatches;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** The one engine behind every channel. */
@Service
class ConversationEngine implements Conversations {

	private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

	// A resident asking about alerts on a channel that cannot carry them gets the FAQ's
	// staff-written answer on how to sign up.
	static final String ALERTS_ENTRY = "emergency-alerts-signup";

	private static final double CHANGE_OF_SUBJECT = 0.7;

	private static final java.util.Set<String> SAFETY = java.util.Set.of(Intent.EMERGENCY, Intent.CRISIS);

	private final UnansweredQuestions unanswered;

	private final TurnLog turns;

	private final MessageRules rules;

	private final FaqEntries entries;

	private final FaqAnswerPolicy policy;

	private final DialogueStates dialogues;

	private final Router router;

	private final Replies replies;

	private final TicketIntake intake;

	private final StatusReplies status;

	private final CallbackRequests callbacks;

	private final EmergencyPins pins;

	ConversationEngine(MessageRules rules, FaqEntries entries, FaqAnswerPolicy policy, DialogueStates dialogues,
			Router router, Replies replies, TicketIntake intake, StatusReplies status, CallbackRequests callbacks,
			EmergencyPins pins, UnansweredQuestions unanswered, TurnLog turns) {
		this.pins = pins;
		this.turns = turns;
		this.unanswered = unanswered;
		this.callbacks = callbacks;
		this.intake = intake;
		this.status = status;
		this.router = router;
		this.replies = replies;
		this.rules = rules;
		this.entries = entries;
		this.policy = policy;
		this.dialogues = dialogues;
	}

	@Override
	public Analysis analyze(String text, String language) {
		return analyze(text, language, true);
	}

	@Override
	public Analysis analyze(String text, String language, boolean byMeaning) {
		Route route = this.router.route(this.rules.check(text), byMeaning);
		List<Analysis.Candidate> candidates = route.faq()
			.hits()
			.stream()
			.map((hit) -> new Analysis.Candidate(hit.id(), hit.score()))
			.toList();
		if (log.isDebugEnabled()) {
			// Tab-separated so routing thresholds can be tuned from an evaluation run's
			// log.
			log.debug("TRACE\t{}\t{}\t{}\t{}\t{}\t{}", text.replace('\n', ' '), route.reading().intents(),
					route.reading().service(), route.faq().confidence(), route.faq().gap(), route.byMeaning());
		}
		return new Analysis(route.intent(), route.service(), candidates, route.confidence());
	}

	@Override
	public Reply handle(InboundMessage message) {
		long start = System.nanoTime();
		Reply reply = respond(message);
		this.callbacks.follow(message, reply);
		this.unanswered.note(message, reply.kind());
		this.turns.record(message, reply, System.nanoTime() - start);
		// Safety replies stand alone: nothing goes ahead of "call 911".
		return (SAFETY.contains(reply.kind())) ? reply : this.pins.pin(message.conversationKey(), reply);
	}

	private Reply respond(InboundMessage message) {
		if ((message.text() == null || message.text().isBlank()) && !message.attachments().isEmpty()) {
			return this.intake.photoOnly(message);
		}
		String text = this.rules.check(message.text());
		Optional<FaqEntry> picked = this.dialogues.takeOffer(message.conversationKey())
			.flatMap((offered) -> pick(offered, text));
		if (picked.isPresent()) {
			return answer(picked.get());
		}
		Route route = this.router.route(text);
		if (Intent.EMERGENCY.equals(route.intent())) {
			return SafetyReplies.emergency();
		}
		if (Intent.CRISIS.equals(route.intent())) {
			return SafetyReplies.crisis(text);
		}
		// Empty when no report is in progress: the draft is read once, from the store.
		Optional<Reply> answered = this.intake.answer(message, text, changesSubject(route));
		if (answered.isPresent()) {
			return answered.get();
		}
		if (StatusReplies.asksByNumber(text)) {
			return this.status.reply(message, text);
		}
		if (CallbackRequests.asks(text)) {
			return this.callbacks.request(message, text);
		}
		Optional<Reply> menu = menuChoice(message, text);
		if (menu.isPresent()) {
			return menu.get();
		}
		return switch (route.intent()) {
			case Intent.HUMAN -> this.callbacks.handOff(message, text, this.replies.human());
			case Intent.SMALLTALK -> this.replies.smalltalk(text);
			case Intent.STATUS -> this.status.reply(message, text);
			case Intent.REPORT -> this.intake.start(message, route.service(), text);
			case Intent.SUBSCRIBE, Intent.UNSUBSCRIBE -> alerts(route.intent());
			case Intent.FAQ -> fromFaq(message, this.pins.focus(route.faq()));
			default -> this.replies.unknown();
		};
	}

	/**
	 * Answers a wish to start or stop emergency alerts with the FAQ's answer on them, in
	 * a reply of its own kind: a channel that carries alerts (SMS) acts on it instead.
	 */
	private Reply alerts(String intent) {
		return this.entries.findById(ALERTS_ENTRY)
			.map((entry) -> new Reply(intent, entry.answer(), entry.shortAnswer(), List.of(), entry.id()))
			.orElseGet(() -> new Reply(intent, this.replies.unknown().text(), this.replies.unknown().shortText(),
					List.of(), null));
	}

	/** The quick replies of {@link Replies#MENU}, answered when tapped. */
	private Optional<Reply> menuChoice(InboundMessage message, String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "report a problem" -> Optional.of(this.replies.askForReport());
			case "check a request" -> Optional.of(this.status.reply(message, text));
			case "talk to a person" -> Optional.of(this.callbacks.handOff(message, text, this.replies.human()));
			default -> Optional.empty();
		};
	}

	// A message that is clearly something else sets a half-told report aside.
	private boolean changesSubject(Route route) {
		return !Intent.REPORT.equals(route.intent()) && !Intent.OUT_OF_SCOPE.equals(route.intent())
				&& (route.confidence() >= CHANGE_OF_SUBJECT || (Intent.FAQ.equals(route.intent())
						&& this.policy.decide(route.faq()) == FaqAnswerPolicy.Decision.ANSWER));
	}

	@Override
	public List<CallbackRequest> openCallbacks() {
		return this.callbacks.open();
	}

	@Override
	public ConversationStatistics statistics(java.time.Duration period) {
		return this.turns.statistics(period);
	}

	@Override
	public boolean answerCallback(long id, String text, String staff) {
		return this.callbacks.answer(id, text, staff);
	}

	@Override
	public boolean closeCallback(long id, String staff) {
		return this.callbacks.close(id, staff);
	}

	private Reply fromFaq(InboundMessage message, FaqMatches matches) {
		return switch (this.policy.decide(matches)) {
			case ANSWER -> answer(matches.hits().get(0).entry());
			case CLARIFY -> clarify(message, matches.hits());
			case UNKNOWN -> this.replies.unknown();
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
