package org.civicline.conversation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.nlp.PlaceFinder;
import org.civicline.tickets.InvalidTicket;
import org.civicline.tickets.NewTicket;
import org.civicline.tickets.ServiceCatalog;
import org.civicline.tickets.ServiceDefinition;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.Tickets;

import org.springframework.stereotype.Component;

/**
 * Carries a report from the first message to a filed request: asks only for what is still
 * missing (where, then the service's required details; optional ones are never asked),
 * reads it back, files it on YES, and offers to follow an open request at the same place
 * instead of filing it twice.
 */
@Component
class TicketIntake {

	// STOP and CANCEL end a half-told report on the web; on SMS they are carrier opt-out
	// words the SMS channel takes first, so replies never suggest them.
	private static final Pattern CANCEL = Pattern
		.compile("(?i)^\\s*(cancel|never ?mind|nvm|forget it|stop|quit|no thanks|olv[ií]d[ae]lo|cancela|cancelar|"
				+ "ya no|d[eé]j[ae]lo|no gracias)\\W*$");

	private static final Pattern YES = Pattern
		.compile("(?i)^\\s*(y|yes|yeah|yep|yup|ok|okay|sure|correct|si|sí|s|file it|claro|dale|correcto|[aá]ndale|"
				+ "va|sale|est[aá] bien|pres[eé]ntel[ao]|presentalo)\\W*$");

	private static final Pattern NO = Pattern.compile("(?i)^\\s*(n|no|nope|nah)\\W*$");

	// A reply this short to "where is it?" is taken as the place even without a street
	// word.
	private static final int MAX_PLACE_WORDS = 8;

	private final ServiceCatalog catalog;

	private final Tickets tickets;

	private final PlaceFinder places;

	private final DialogueStates dialogues;

	TicketIntake(ServiceCatalog catalog, Tickets tickets, PlaceFinder places, DialogueStates dialogues) {
		this.catalog = catalog;
		this.tickets = tickets;
		this.places = places;
		this.dialogues = dialogues;
	}

	boolean inProgress(InboundMessage message) {
		return kept(message.conversationKey()).isPresent();
	}

	/** Starts a report of the service, taking whatever the first message already says. */
	Reply start(InboundMessage message, String service, String text) {
		ReportDraft draft = ReportDraft.of(service, text, this.places.find(text).orElse(null), null);
		if (message.location() != null) {
			draft = draft.at(message.location());
		}
		if (!message.attachments().isEmpty()) {
			draft = draft.withPhoto(message.attachments().get(0));
		}
		for (ServiceDefinition.Attribute attribute : service(draft).attributes()) {
			Optional<String> given = DetailFinder.find(attribute, text);
			if (given.isPresent()) {
				draft = draft.with(attribute.code(), given.get());
			}
		}
		return next(message, draft);
	}

	/**
	 * A photo sent with no words: it goes with the report being told, and the resident is
	 * asked again for what is still missing.
	 */
	Reply photoOnly(InboundMessage message) {
		Optional<ReportDraft> kept = kept(message.conversationKey());
		if (kept.isEmpty()) {
			return reply(message, "report", Phrases.of(message.language(), "intake.photo-first"), List.of());
		}
		return next(message, kept.get().withPhoto(message.attachments().get(0)));
	}

	/**
	 * Takes the resident's answer to what the intake asked. Empty when the message is not
	 * an answer (the resident changed the subject): the report is then set aside.
	 */
	Optional<Reply> answer(InboundMessage message, String text, boolean looksLikeSomethingElse) {
		String key = message.conversationKey();
		Optional<ReportDraft> kept = kept(key);
		if (kept.isEmpty()) {
			return Optional.empty();
		}
		ReportDraft draft = kept.get();
		if (!message.attachments().isEmpty()) {
			draft = draft.withPhoto(message.attachments().get(0));
			this.dialogues.keepReport(key, draft);
		}
		if (CANCEL.matcher(text).matches()) {
			this.dialogues.dropReport(key);
			return Optional
				.of(reply(message, "cancelled", Phrases.of(message.language(), "intake.cancelled"), List.of()));
		}
		if (message.location() != null && !draft.awaiting().equals(ReportDraft.Awaiting.DUPLICATE)) {
			return Optional.of(next(message, draft.at(message.location())));
		}
		Optional<String> place = this.places.find(text);
		if (draft.awaiting().equals(ReportDraft.Awaiting.CONFIRMATION)) {
			if (YES.matcher(text).matches()) {
				return Optional.of(fileOrOfferDuplicate(message, draft));
			}
			if (NO.matcher(text).matches()) {
				this.dialogues.dropReport(key);
				return Optional
					.of(reply(message, "cancelled", Phrases.of(message.language(), "intake.not-filed"), List.of()));
			}
			if (place.isPresent()) {
				return Optional.of(next(message, draft.at(place.get())));
			}
		}
		else if (draft.awaiting().equals(ReportDraft.Awaiting.DUPLICATE)) {
			return Optional.of(followOrFile(message, draft, text));
		}
		else if (draft.awaiting().equals(ReportDraft.Awaiting.PLACE)) {
			if (place.isPresent()) {
				return Optional.of(next(message, draft.at(place.get())));
			}
			if (!looksLikeSomethingElse && text.split("\\s+").length <= MAX_PLACE_WORDS) {
				return Optional.of(next(message, draft.at(asPlace(text))));
			}
		}
		else if (draft.awaiting().detailCode() != null) {
			Optional<Reply> detail = detail(message, draft, text);
			if (detail.isPresent()) {
				return detail;
			}
		}
		if (looksLikeSomethingElse) {
			this.dialogues.dropReport(key);
			return Optional.empty();
		}
		return Optional.of(next(message, draft));
	}

	private Optional<Reply> detail(InboundMessage message, ReportDraft draft, String text) {
		ServiceDefinition.Attribute attribute = attribute(draft, draft.awaiting().detailCode());
		if (attribute.values().isEmpty()) {
			if (YES.matcher(text).matches() || NO.matcher(text).matches()) {
				return Optional.of(reply(message, "report", attribute.question(message.language()), List.of()));
			}
			return Optional.of(next(message, draft.with(attribute.code(), text.strip())));
		}
		String lower = text.strip().toLowerCase(Locale.ROOT);
		List<String> shown = attribute.values(message.language());
		for (int i = 0; i < attribute.values().size(); i++) {
			String value = attribute.values().get(i);
			if (lower.equals(String.valueOf(i + 1)) || names(lower, value) || names(lower, shown.get(i))) {
				return Optional.of(next(message, draft.with(attribute.code(), value)));
			}
		}
		return Optional.empty();
	}

	/** Asks for what is missing, or reads the report back for a YES. */
	private Reply next(InboundMessage message, ReportDraft draft) {
		ServiceDefinition service = service(draft);
		String key = message.conversationKey();
		String language = message.language();
		if (draft.place() == null) {
			this.dialogues.keepReport(key, draft.awaiting(ReportDraft.Awaiting.PLACE));
			return reply(message, "report",
					Phrases.of(language, "intake.where", service.name(language).toLowerCase(Locale.ROOT)),
					List.of(Phrases.of(language, "intake.never-mind")));
		}
		for (ServiceDefinition.Attribute attribute : service.attributes()) {
			if (attribute.required() && !draft.details().containsKey(attribute.code())) {
				this.dialogues.keepReport(key, draft.awaiting(ReportDraft.Awaiting.detail(attribute.code())));
				return reply(message, "report", attribute.question(language), attribute.values(language));
			}
		}
		this.dialogues.keepReport(key, draft.awaiting(ReportDraft.Awaiting.CONFIRMATION));
		return reply(message, "confirm", Phrases.of(language, "intake.confirm", readBack(service, draft, language)),
				Phrases.all(language, "intake.yes", "intake.no"));
	}

	private Reply fileOrOfferDuplicate(InboundMessage message, ReportDraft draft) {
		Optional<Ticket> open = this.tickets.findOpenDuplicate(draft.service(),
				(draft.point() == null) ? draft.place() : null, latitude(draft), longitude(draft));
		if (open.isPresent()) {
			this.dialogues.keepReport(message.conversationKey(), draft.duplicateOf(open.get().number()));
			String language = message.language();
			return reply(message, "duplicate",
					Phrases.of(language, "intake.duplicate", open.get().number(),
							service(draft).name(language).toLowerCase(Locale.ROOT), draft.place()),
					Phrases.all(language, "intake.follow", "intake.new"));
		}
		return file(message, draft);
	}

	private Reply followOrFile(InboundMessage message, ReportDraft draft, String text) {
		String answer = text.strip().toLowerCase(Locale.ROOT);
		String language = message.language();
		if (answer.startsWith("new") || answer.startsWith("nuev") || answer.equals("2")) {
			return file(message, draft);
		}
		if (answer.startsWith("follow") || answer.startsWith("segu") || answer.startsWith("sigue") || answer.equals("1")
				|| YES.matcher(text).matches()) {
			this.dialogues.dropReport(message.conversationKey());
			return reply(message, "filed", Phrases.of(language, "intake.followed", draft.duplicateOf()), List.of());
		}
		return reply(message, "duplicate", Phrases.of(language, "intake.follow-or-new", draft.duplicateOf()),
				Phrases.all(language, "intake.follow", "intake.new"));
	}

	private Reply file(InboundMessage message, ReportDraft draft) {
		Map<String, String> details = new LinkedHashMap<>(draft.details());
		details.values().removeIf(String::isEmpty);
		try {
			String address = (draft.point() == null) ? draft.place() : null;
			Ticket ticket = this.tickets
				.file(new NewTicket(draft.service(), draft.description(), address, latitude(draft), longitude(draft),
						details, message.channel(), message.sender(), draft.photo(), message.language()));
			this.dialogues.dropReport(message.conversationKey());
			return reply(message, "filed",
					Phrases.of(message.language(), "intake.filed", ticket.number(), ticket.department()), List.of());
		}
		catch (InvalidTicket invalid) {
			this.dialogues.dropReport(message.conversationKey());
			return reply(message, "unknown", Phrases.of(message.language(), "intake.failed", invalid.getMessage()),
					List.of());
		}
	}

	private static Double latitude(ReportDraft draft) {
		return (draft.point() != null) ? draft.point().latitude() : null;
	}

	private static Double longitude(ReportDraft draft) {
		return (draft.point() != null) ? draft.point().longitude() : null;
	}

	// English names each detail by its code ("size: small"); a code is no Spanish word,
	// so Spanish shows the value alone, as the resident read it ("pequeño").
	private String readBack(ServiceDefinition service, ReportDraft draft, String language) {
		StringBuilder text = new StringBuilder(
				Phrases.of(language, "intake.read-back", service.name(language), draft.place()));
		draft.details().forEach((code, value) -> {
			if (!value.isEmpty()) {
				text.append(", ");
				if (!"es".equals(language)) {
					text.append(code.replace('_', ' ')).append(": ");
				}
				text.append(shown(service, code, value, language));
			}
		});
		return text.toString();
	}

	private static String shown(ServiceDefinition service, String code, String value, String language) {
		return service.attributes()
			.stream()
			.filter((attribute) -> attribute.code().equals(code) && attribute.values().contains(value))
			.findFirst()
			.map((attribute) -> attribute.values(language).get(attribute.values().indexOf(value)))
			.orElse(value);
	}

	private static boolean names(String answer, String value) {
		String folded = SafetyRules.withoutAccents(value.toLowerCase(Locale.ROOT));
		String said = SafetyRules.withoutAccents(answer);
		return said.equals(folded) || folded.startsWith(said) || said.contains(folded);
	}

	/**
	 * The report this resident is telling, unless the city's catalog changed under it (a
	 * service or detail removed while the draft was kept): such a draft is set aside, and
	 * the resident's message is read afresh.
	 */
	private Optional<ReportDraft> kept(String conversation) {
		Optional<ReportDraft> kept = this.dialogues.report(conversation);
		if (kept.isPresent() && !stillInCatalog(kept.get())) {
			this.dialogues.dropReport(conversation);
			return Optional.empty();
		}
		return kept;
	}

	private boolean stillInCatalog(ReportDraft draft) {
		Optional<ServiceDefinition> service = this.catalog.find(draft.service());
		String awaited = draft.awaiting().detailCode();
		return service.isPresent() && (awaited == null
				|| service.get().attributes().stream().anyMatch((attribute) -> attribute.code().equals(awaited)));
	}

	private ServiceDefinition service(ReportDraft draft) {
		return this.catalog.find(draft.service())
			.orElseThrow(() -> new IllegalStateException("The classifier named an unknown service " + draft.service()));
	}

	private ServiceDefinition.Attribute attribute(ReportDraft draft, String code) {
		return service(draft).attributes()
			.stream()
			.filter((attribute) -> attribute.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No detail " + code + " in " + draft.service()));
	}

	/**
	 * A short answer to "where?" without a street word: a landmark, kept as written,
	 * tidied.
	 */
	private static String asPlace(String text) {
		String place = text.strip().replaceAll("[.!?]+$", "").replaceAll("\\s+", " ");
		return place.isEmpty() ? place : Character.toUpperCase(place.charAt(0)) + place.substring(1);
	}

	private static Reply reply(InboundMessage message, String kind, String text, List<String> suggestions) {
		return new Reply(kind, text, text, suggestions, null, message.language());
	}

}
