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
		.compile("(?i)^\\s*(cancel|never ?mind|nvm|forget it|stop|quit|no thanks|olvidalo|cancelar)\\W*$");

	private static final Pattern YES = Pattern
		.compile("(?i)^\\s*(y|yes|yeah|yep|yup|ok|okay|sure|correct|si|sí|file it)\\W*$");

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
			return reply("report", "Thanks for the photo. What is the problem, and where? Send the photo again with "
					+ "your description and I'll add it to the report.", List.of());
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
			return Optional.of(reply("cancelled", "OK, I've cancelled that report. Nothing was filed.", List.of()));
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
					.of(reply("cancelled", "OK, not filed. Tell me again whenever you're ready.", List.of()));
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
				return Optional.of(reply("report", attribute.question(), List.of()));
			}
			return Optional.of(next(message, draft.with(attribute.code(), text.strip())));
		}
		String lower = text.strip().toLowerCase(Locale.ROOT);
		for (int i = 0; i < attribute.values().size(); i++) {
			String value = attribute.values().get(i);
			if (lower.equals(String.valueOf(i + 1)) || lower.equals(value) || value.startsWith(lower)
					|| lower.contains(value)) {
				return Optional.of(next(message, draft.with(attribute.code(), value)));
			}
		}
		return Optional.empty();
	}

	/** Asks for what is missing, or reads the report back for a YES. */
	private Reply next(InboundMessage message, ReportDraft draft) {
		ServiceDefinition service = service(draft);
		String key = message.conversationKey();
		if (draft.place() == null) {
			this.dialogues.keepReport(key, draft.awaiting(ReportDraft.Awaiting.PLACE));
			return reply("report",
					"I can report that (" + service.name().toLowerCase(Locale.ROOT) + "). Where is it? "
							+ "An address, an intersection like Elm St & 3rd Ave, or a landmark.",
					List.of("Never mind"));
		}
		for (ServiceDefinition.Attribute attribute : service.attributes()) {
			if (attribute.required() && !draft.details().containsKey(attribute.code())) {
				this.dialogues.keepReport(key, draft.awaiting(ReportDraft.Awaiting.detail(attribute.code())));
				return reply("report", attribute.question(), attribute.values());
			}
		}
		this.dialogues.keepReport(key, draft.awaiting(ReportDraft.Awaiting.CONFIRMATION));
		return reply("confirm", readBack(service, draft) + " - shall I file it? Reply YES or NO.",
				List.of("YES", "NO"));
	}

	private Reply fileOrOfferDuplicate(InboundMessage message, ReportDraft draft) {
		Optional<Ticket> open = this.tickets.findOpenDuplicate(draft.service(),
				(draft.point() == null) ? draft.place() : null, latitude(draft), longitude(draft));
		if (open.isPresent()) {
			this.dialogues.keepReport(message.conversationKey(), draft.duplicateOf(open.get().number()));
			return reply("duplicate",
					"There is already an open request #" + open.get().number() + " for "
							+ service(draft).name().toLowerCase(Locale.ROOT) + " at " + draft.place()
							+ ". Reply FOLLOW to track that one instead of filing again, or NEW to file another one.",
					List.of("FOLLOW", "NEW"));
		}
		return file(message, draft);
	}

	private Reply followOrFile(InboundMessage message, ReportDraft draft, String text) {
		String answer = text.strip().toLowerCase(Locale.ROOT);
		if (answer.startsWith("new") || answer.equals("2")) {
			return file(message, draft);
		}
		if (answer.startsWith("follow") || answer.equals("1") || YES.matcher(text).matches()) {
			this.dialogues.dropReport(message.conversationKey());
			return reply("filed", "OK, no new request. Request #" + draft.duplicateOf() + " is open; text \"status "
					+ draft.duplicateOf() + "\" any time to check on it.", List.of());
		}
		return reply("duplicate", "Reply FOLLOW to follow request #" + draft.duplicateOf()
				+ ", NEW to file another one, or NEVER MIND to drop it.", List.of("FOLLOW", "NEW"));
	}

	private Reply file(InboundMessage message, ReportDraft draft) {
		Map<String, String> details = new LinkedHashMap<>(draft.details());
		details.values().removeIf(String::isEmpty);
		try {
			String address = (draft.point() == null) ? draft.place() : null;
			Ticket ticket = this.tickets.file(new NewTicket(draft.service(), draft.description(), address,
					latitude(draft), longitude(draft), details, message.channel(), message.sender(), draft.photo()));
			this.dialogues.dropReport(message.conversationKey());
			return reply("filed", "Filed! Your request number is " + ticket.number() + " (" + ticket.department()
					+ "). Text \"status " + ticket.number() + "\" any time to check on it.", List.of());
		}
		catch (InvalidTicket invalid) {
			this.dialogues.dropReport(message.conversationKey());
			return reply("unknown",
					"Sorry, I couldn't file that: " + invalid.getMessage() + " Please start again, or call 311.",
					List.of());
		}
	}

	private static Double latitude(ReportDraft draft) {
		return (draft.point() != null) ? draft.point().latitude() : null;
	}

	private static Double longitude(ReportDraft draft) {
		return (draft.point() != null) ? draft.point().longitude() : null;
	}

	private String readBack(ServiceDefinition service, ReportDraft draft) {
		StringBuilder text = new StringBuilder(service.name()).append(" at ").append(draft.place());
		draft.details().forEach((code, value) -> {
			if (!value.isEmpty()) {
				text.append(", ").append(code.replace('_', ' ')).append(": ").append(value);
			}
		});
		return text.toString();
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

	private static Reply reply(String kind, String text, List<String> suggestions) {
		return new Reply(kind, text, text, suggestions, null);
	}

}
