package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicline.conversation.CallbackRequest.Line;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each resident's open exchange with the engine: the entries offered in a "did you mean"
 * that the next message may pick from, a report in progress, the last few lines for staff
 * if they ask for a person, and which emergency guidance they were shown. Kept in the
 * store every instance shares, so a resident's next message may land on any of them;
 * forgotten after its lifetime, so an old question does not capture a new message and
 * nobody's words stay longer.
 */
@Component
class DialogueStates {

	private static final Duration OFFER_LIFETIME = Duration.ofMinutes(30);

	private static final String OFFER = "offer";

	private static final String REPORT = "report";

	private static final String RECENT_LINES = "recent-lines";

	static final Duration RECENT_LINES_LIFETIME = Duration.ofMinutes(30);

	private static final TypeReference<List<Line>> LINES = new TypeReference<>() {
	};

	private static final String EMERGENCY_PIN = "emergency-pin";

	// A conversation idle this long after its pin row was last written is a new one:
	// it is shown the emergency guidance again. The row lags the last message by up
	// to EMERGENCY_PIN_REFRESH, so that is 11 to 12 hours after the last message.
	static final Duration EMERGENCY_PIN_LIFETIME = Duration.ofHours(12);

	static final Duration EMERGENCY_PIN_REFRESH = Duration.ofHours(1);

	private static final TypeReference<Long> VERSION = new TypeReference<>() {
	};

	private static final String LANGUAGE = "language";

	// A resident who comes back within a month is answered in the language they last
	// used, even when their first words back ("ok", a request number) tell neither.
	static final Duration LANGUAGE_LIFETIME = Duration.ofDays(30);

	private static final TypeReference<List<String>> FAQ_IDS = new TypeReference<>() {
	};

	private static final TypeReference<ReportDraft> REPORT_DRAFT = new TypeReference<>() {
	};

	private static final int MOST_TRIES = 3;

	private final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration reportLifetime;

	@Autowired
	DialogueStates(JdbcClient jdbc, ConversationProperties properties) {
		this(jdbc, Clock.systemUTC(), properties.reportLifetime());
	}

	DialogueStates(JdbcClient jdbc, Clock clock, Duration reportLifetime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.reportLifetime = reportLifetime;
	}

	void offer(String conversation, List<String> faqIds) {
		keep(conversation, OFFER, this.json.writeValueAsString(List.copyOf(faqIds)));
	}

	/**
	 * The entries last offered to this resident, if the offer is still fresh; the offer
	 * is used up.
	 */
	Optional<List<String>> takeOffer(String conversation) {
		Optional<Kept> offered = fresh(conversation, OFFER, OFFER_LIFETIME);
		if (offered.isEmpty()) {
			return Optional.empty();
		}
		// Two messages at once, on two instances, must not both pick from one offer: only
		// the one whose delete took the row uses it.
		int taken = this.jdbc
			.sql("delete from dialogue_state where conversation = :conversation and kind = :kind and kept_at = :at")
			.param("conversation", conversation)
			.param("kind", OFFER)
			.param("at", offered.get().at())
			.update();
		return (taken == 1) ? read(offered.get(), FAQ_IDS) : Optional.empty();
	}

	void keepReport(String conversation, ReportDraft draft) {
		keep(conversation, REPORT, this.json.writeValueAsString(draft));
	}

	Optional<ReportDraft> report(String conversation) {
		Optional<Kept> kept = fresh(conversation, REPORT, this.reportLifetime);
		Optional<ReportDraft> draft = kept.flatMap((row) -> read(row, REPORT_DRAFT));
		if (kept.isPresent() && draft.isEmpty()) {
			forget(conversation, REPORT);
		}
		return draft;
	}

	void dropReport(String conversation) {
		forget(conversation, REPORT);
	}

	/**
	 * Adds lines to the conversation's recent ones, keeping the last {@code most}. Two
	 * messages of one conversation at once, on one instance or two, both get their lines
	 * in: a write lands only on the row it read, else the row is read again.
	 */
	void addRecentLines(String conversation, List<Line> added, int most) {
		for (int tried = 1; tried <= MOST_TRIES; tried++) {
			Optional<Kept> row = kept(conversation, RECENT_LINES);
			Instant now = this.clock.instant();
			boolean current = row.isPresent() && isFresh(row.get(), RECENT_LINES_LIFETIME, now);
			List<Line> lines = new ArrayList<>(current ? read(row.get(), LINES).orElse(List.of()) : List.of());
			lines.addAll(added);
			String content = this.json
				.writeValueAsString(List.copyOf(lines.subList(Math.max(0, lines.size() - most), lines.size())));
			if (row.isPresent()) {
				int replaced = this.jdbc.sql("""
						update dialogue_state set content = :content, kept_at = :now
						where conversation = :conversation and kind = :kind and kept_at = :read""")
					.param("content", content)
					.param("now", at(now))
					.param("conversation", conversation)
					.param("kind", RECENT_LINES)
					.param("read", row.get().at())
					.update();
				if (replaced == 1) {
					return;
				}
			}
			else {
				try {
					insert(conversation, RECENT_LINES, content, at(now));
					return;
				}
				catch (DuplicateKeyException raced) {
					// Another message of the conversation wrote first: read its lines.
				}
			}
		}
		// Still racing after a few tries: the lines are context for staff, and this
		// message's own are kept.
		keep(conversation, RECENT_LINES, this.json.writeValueAsString(List.copyOf(added)));
	}

	List<Line> recentLines(String conversation) {
		return fresh(conversation, RECENT_LINES, RECENT_LINES_LIFETIME).flatMap((row) -> read(row, LINES))
			.orElse(List.of());
	}

	/**
	 * Notes that the conversation is shown this version of the emergency guidance, and
	 * says whether it had been already. The row is written when the version is new to the
	 * conversation and otherwise at most once per {@link #EMERGENCY_PIN_REFRESH}: while
	 * emergency mode is on, when residents write most, their messages do not each write
	 * it. Its idle time then counts from the last message to within that hour.
	 */
	boolean notePinShown(String conversation, long version) {
		Optional<Kept> row = fresh(conversation, EMERGENCY_PIN, EMERGENCY_PIN_LIFETIME);
		boolean shownBefore = row.flatMap((kept) -> read(kept, VERSION))
			.filter((shown) -> shown == version)
			.isPresent();
		if (!shownBefore || !isFresh(row.get(), EMERGENCY_PIN_REFRESH, this.clock.instant())) {
			keep(conversation, EMERGENCY_PIN, Long.toString(version));
		}
		return shownBefore;
	}

	private static final String ERASE = "erase";

	// How long "reply DELETE to confirm" stays open.
	static final Duration ERASE_LIFETIME = Duration.ofMinutes(10);

	void offerErasure(String conversation) {
		keep(conversation, ERASE, "offered");
	}

	/** Whether an erasure was offered in the last ten minutes; the offer is used up. */
	boolean takeErasureOffer(String conversation) {
		Optional<Kept> offered = fresh(conversation, ERASE, ERASE_LIFETIME);
		if (offered.isEmpty()) {
			return false;
		}
		return this.jdbc
			.sql("delete from dialogue_state where conversation = :conversation and kind = :kind and kept_at = :at")
			.param("conversation", conversation)
			.param("kind", ERASE)
			.param("at", offered.get().at())
			.update() == 1;
	}

	/** The language this conversation was last answered in, when there is one. */
	Optional<String> language(String conversation) {
		return fresh(conversation, LANGUAGE, LANGUAGE_LIFETIME).map(Kept::content);
	}

	void keepLanguage(String conversation, String language) {
		keep(conversation, LANGUAGE, language);
	}

	/**
	 * Nobody's half-told report, stale offer, recent lines or pinned guidance stays in
	 * the store past its lifetime; a row of a kind this version does not know goes after
	 * the longest of them.
	 */
	@Scheduled(fixedDelayString = "${civicline.conversation.dialogue-sweep-interval:10m}", initialDelayString = "1m")
	void forgetExpired() {
		Instant now = this.clock.instant();
		Map<String, Duration> lifetimes = Map.of(OFFER, OFFER_LIFETIME, REPORT, this.reportLifetime, RECENT_LINES,
				RECENT_LINES_LIFETIME, EMERGENCY_PIN, EMERGENCY_PIN_LIFETIME, LANGUAGE, LANGUAGE_LIFETIME, ERASE,
				ERASE_LIFETIME);
		lifetimes.forEach(
				(kind, lifetime) -> this.jdbc.sql("delete from dialogue_state where kind = :kind and kept_at < :before")
					.param("kind", kind)
					.param("before", at(now.minus(lifetime)))
					.update());
		// The language row holds no words of the resident's; every other row, of a kind
		// known or not, goes after the longest lifetime of a row that does.
		Duration longest = lifetimes.entrySet()
			.stream()
			.filter((kind) -> !kind.getKey().equals(LANGUAGE))
			.map(Map.Entry::getValue)
			.max(Duration::compareTo)
			.orElseThrow();
		this.jdbc.sql("delete from dialogue_state where kept_at < :before and kind <> :language")
			.param("before", at(now.minus(longest)))
			.param("language", LANGUAGE)
			.update();
	}

	private void keep(String conversation, String kind, String content) {
		for (int tried = 1;; tried++) {
			OffsetDateTime now = at(this.clock.instant());
			int updated = this.jdbc.sql("""
					update dialogue_state set content = :content, kept_at = :now
					where conversation = :conversation and kind = :kind""")
				.param("content", content)
				.param("now", now)
				.param("conversation", conversation)
				.param("kind", kind)
				.update();
			if (updated > 0) {
				return;
			}
			try {
				insert(conversation, kind, content, now);
				return;
			}
			catch (DuplicateKeyException raced) {
				// The resident's previous message, on another instance, inserted first:
				// update again, so the later message's state wins as in one instance.
				// Never called inside a transaction, which the failed insert would spoil
				// on PostgreSQL.
				if (tried == MOST_TRIES) {
					throw raced;
				}
			}
		}
	}

	private void insert(String conversation, String kind, String content, OffsetDateTime now) {
		this.jdbc.sql("""
				insert into dialogue_state (conversation, kind, content, kept_at)
				values (:conversation, :kind, :content, :now)""")
			.param("conversation", conversation)
			.param("kind", kind)
			.param("content", content)
			.param("now", now)
			.update();
	}

	private Optional<Kept> fresh(String conversation, String kind, Duration lifetime) {
		return kept(conversation, kind).filter((row) -> isFresh(row, lifetime, this.clock.instant()));
	}

	/** The conversation's row of this kind, however old. */
	private Optional<Kept> kept(String conversation, String kind) {
		return this.jdbc
			.sql("select content, kept_at from dialogue_state where conversation = :conversation and kind = :kind")
			.param("conversation", conversation)
			.param("kind", kind)
			.query((row, number) -> new Kept(row.getString("content"), row.getObject("kept_at", OffsetDateTime.class)))
			.optional();
	}

	private static boolean isFresh(Kept row, Duration lifetime, Instant now) {
		return !row.at().toInstant().isBefore(now.minus(lifetime));
	}

	/**
	 * What was kept, or nothing when it no longer reads (saved by an older CivicLine
	 * whose drafts had other fields): the resident's message is then read afresh.
	 */
	private <T> Optional<T> read(Kept kept, TypeReference<T> type) {
		try {
			return Optional.of(this.json.readValue(kept.content(), type));
		}
		catch (JacksonException unreadable) {
			return Optional.empty();
		}
	}

	private void forget(String conversation, String kind) {
		this.jdbc.sql("delete from dialogue_state where conversation = :conversation and kind = :kind")
			.param("conversation", conversation)
			.param("kind", kind)
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Kept(String content, OffsetDateTime at) {
	}

}
