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
import org.civicline.conversation.UnacceptableMessage;
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

	private final ConversationLanguages languages;

	private final FloodGuard flood;

	private final Erasure erasure;

	ConversationEngine(MessageRules rules, FaqEntries entries, FaqAnswerPolicy policy, DialogueStates dialogues,
			Router router, Replies replies, TicketIntake intake, StatusReplies status, CallbackRequests callbacks,
			EmergencyPins pins, UnansweredQuestions unanswered, TurnLog turns, ConversationLanguages languages,
			FloodGuard flood, Erasure erasure) {
		this.erasure = erasure;
		this.languages = languages;
		this.flood = flood;
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
		String checked = this.rules.check(text);
		Route route = this.router.route(checked, this.languages.of(checked, language), byMeaning);
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
	public Reply handle(InboundMessage received) {
		long start = System.nanoTime();
		String text;
		try {
			text = (received.text() == null || received.text().isBlank()) ? null : this.rules.check(received.text());
		}
		catch (UnacceptableMessage refused) {
			// Said in the language the resident writes in, as any other reply.
			this.rules.check(received.text(), this.languages.guess(received));
			throw refused;
		}
		FloodGuard.Verdict flood = this.flood.take(received);
		if (flood != FloodGuard.Verdict.READ && (text == null || SafetyRules.check(text).isEmpty())) {
			// Past the limit, nothing is read, kept or learned; a life at risk still gets
			// its 911 or 988 pointer.
			String language = this.languages.guess(received);
			return (flood == FloodGuard.Verdict.SLOW_DOWN) ? this.replies.slowDown(language)
					: new Reply("dropped", "", "", List.of(), null, language);
		}
		ConversationLanguages.Choice language = (text == null)
				? new ConversationLanguages.Choice(this.languages.kept(received), false)
				: this.languages.choose(received, text);
		InboundMessage message = received.in(language.language());
		Reply reply = (language.switched() ? this.replies.languageSwitched(message.language()) : respond(message))
			.in(message.language());
		if ("erased".equals(reply.kind())) {
			// Nothing of the resident's is kept after they asked to be forgotten, not
			// even
			// this turn's lines.
			this.turns.record(message, reply, System.nanoTime() - start);
			return reply;
		}
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
		String language = message.language();
		String text = this.rules.check(message.text(), language);
		if (this.erasure.confirmed(message, text)) {
			this.erasure.erase(message.channel(), message.sender(), "resident");
			return this.replies.erased(language);
		}
		if (Erasure.asks(text)) {
			this.erasure.offer(message);
			return this.replies.eraseOffer(language);
		}
		Optional<FaqEntry> picked = this.dialogues.takeOffer(message.conversationKey())
			.flatMap((offered) -> pick(offered, text, language));
		if (picked.isPresent()) {
			return answer(picked.get(), language);
		}
		Route route = this.router.route(text, language, true);
		if (Intent.EMERGENCY.equals(route.intent())) {
			return SafetyReplies.emergency(language);
		}
		if (Intent.CRISIS.equals(route.intent())) {
			return SafetyReplies.crisis(text, language);
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
			case Intent.HUMAN -> this.callbacks.handOff(message, text, this.replies.human(language));
			case Intent.SMALLTALK -> this.replies.smalltalk(text, language);
			case Intent.STATUS -> this.status.reply(message, text);
			case Intent.REPORT -> this.intake.start(message, route.service(), text);
			case Intent.SUBSCRIBE, Intent.UNSUBSCRIBE -> alerts(route.intent(), language);
			case Intent.FAQ -> fromFaq(message, this.pins.focus(route.faq()));
			default -> this.replies.unknown(language);
		};
	}

	/**
	 * Answers a wish to start or stop emergency alerts with the FAQ's answer on them, in
	 * a reply of its own kind: a channel that carries alerts (SMS) acts on it instead.
	 */
	private Reply alerts(String intent, String language) {
		return this.entries.findById(ALERTS_ENTRY, language).map((entry) -> {
			Reply answer = answer(entry, language);
			return new Reply(intent, answer.text(), answer.shortText(), List.of(), entry.id(), language);
		})
			.orElseGet(() -> new Reply(intent, this.replies.unknown(language).text(),
					this.replies.unknown(language).shortText(), List.of(), null, language));
	}

	/** The quick replies of {@link Replies#MENU}, answered when tapped. */
	private Optional<Reply> menuChoice(InboundMessage message, String text) {
		String language = message.language();
		String said = text.strip().toLowerCase(Locale.ROOT);
		// A button keeps its words when the conversation changes language (Telegram's
		// commands send the English ones), so either language's label is the choice.
		if (chose(said, 0)) {
			return Optional.of(this.replies.askForReport(language));
		}
		if (chose(said, 1)) {
			return Optional.of(this.status.reply(message, text));
		}
		if (chose(said, 2)) {
			return Optional.of(this.callbacks.handOff(message, text, this.replies.human(language)));
		}
		return Optional.empty();
	}

	private static boolean chose(String said, int item) {
		return Phrases.LANGUAGES.stream()
			.anyMatch((language) -> said.equals(Replies.menu(language).get(item).toLowerCase(Locale.ROOT)));
	}

	// A message that is clearly something else sets a half-told report aside.
	private boolean changesSubject(Route route) {
		return !Intent.REPORT.equals(route.intent()) && !Intent.OUT_OF_SCOPE.equals(route.intent())
				&& (route.confidence() >= CHANGE_OF_SUBJECT || (Intent.FAQ.equals(route.intent())
						&& this.policy.decide(route.faq()) == FaqAnswerPolicy.Decision.ANSWER));
	}

	@Override
	public int erase(String channel, String sender, String actor) {
		return this.erasure.erase(channel, sender, actor);
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
		String language = message.language();
		return switch (this.policy.decide(matches)) {
			case ANSWER -> answer(matches.hits().get(0).entry(), language);
			case CLARIFY -> clarify(message, matches.hits());
			case UNKNOWN -> this.replies.unknown(language);
		};
	}

	/**
	 * The entry's answer in the resident's language. A Spanish reader of an entry whose
	 * Spanish text staff have not reviewed since the English changed gets the English
	 * text, said to be so: a stale translation could be wrong, and a wrong answer from a
	 * city is worse than one in another language.
	 */
	private Reply answer(FaqEntry entry, String language) {
		FaqEntry shown = entry.language().equals(language) ? entry
				: this.entries.findById(entry.id(), language).orElse(entry);
		if (shown.language().equals(language) || "en".equals(language)) {
			return new Reply("answer", shown.answer(), shown.shortAnswer(), List.of(), shown.id(), language);
		}
		String note = Phrases.of(language, "faq.stale-translation");
		return new Reply("answer", note + "\n\n" + shown.answer(), shown.shortAnswer(), List.of(), shown.id(),
				language);
	}

	private Reply clarify(InboundMessage message, List<FaqHit> hits) {
		String language = message.language();
		List<FaqEntry> choices = hits.stream().limit(2).map(FaqHit::entry).toList();
		this.dialogues.offer(message.conversationKey(), choices.stream().map(FaqEntry::id).toList());
		String text = (choices.size() == 1) ? Phrases.of(language, "clarify.one", choices.get(0).title())
				: Phrases.of(language, "clarify.two", choices.get(0).title(), choices.get(1).title());
		return new Reply("clarify", text, text, choices.stream().map(FaqEntry::title).toList(), null, language);
	}

	/** The offered entry the resident chose, by number or by its title. */
	private Optional<FaqEntry> pick(List<String> offered, String text, String language) {
		String reply = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!)]+$", "");
		for (int i = 0; i < offered.size(); i++) {
			Optional<FaqEntry> entry = this.entries.findById(offered.get(i), language);
			if (entry.isPresent() && (reply.equals(String.valueOf(i + 1))
					|| reply.equals(entry.get().title().toLowerCase(Locale.ROOT)))) {
				return entry;
			}
		}
		return Optional.empty();
	}

}
