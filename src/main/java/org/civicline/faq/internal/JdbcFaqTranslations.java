package org.civicline.faq.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.civicline.faq.FaqChanged;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqTranslations;
import org.civicline.faq.InvalidFaqEdit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Translations in the relational store, one row per entry and language. */
@Repository
class JdbcFaqTranslations implements FaqTranslations {

	static final List<String> LANGUAGES = List.of("es");

	private static final String SELECT = """
			select e.id, e.title as entry_title, e.version as english_version, t.language, t.title, t.answer,
			       t.short_answer, t.questions, t.reviewed_version, t.reviewed_by, t.updated_at,
			       d.title as draft_title, d.answer as draft_answer, d.short_answer as draft_short_answer,
			       d.questions as draft_questions, d.author as draft_author
			from faq_entry e left join faq_translation t on t.entry_id = e.id and t.language = :language
			left join faq_translation_draft d on d.entry_id = e.id and d.language = :language
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	JdbcFaqTranslations(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Translation> list(String language) {
		supported(language);
		return this.jdbc.sql(SELECT + " order by e.id")
			.param("language", language)
			.query((rs, row) -> translation(rs, language))
			.list()
			.stream()
			.sorted(Comparator.comparing((Translation t) -> !t.stale()).thenComparing((t) -> !t.missing()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Translation> find(String id, String language) {
		supported(language);
		return this.jdbc.sql(SELECT + " where e.id = :id")
			.param("language", language)
			.param("id", id)
			.query((rs, row) -> translation(rs, language))
			.optional();
	}

	@Override
	@Transactional
	public Translation save(String id, String language, Text text, String actor) {
		supported(language);
		check(text);
		Translation before = find(id, language).orElseThrow(() -> new InvalidFaqEdit("There is no entry " + id + "."));
		write(id, language, text, before.englishVersion(), actor);
		this.jdbc.sql("delete from faq_translation_draft where entry_id = ? and language = ?")
			.params(id, language)
			.update();
		this.events.publishEvent(new FaqChanged(id));
		return find(id, language).orElseThrow();
	}

	@Override
	@Transactional
	public Translation saveDraft(String id, String language, Text text, String actor) {
		supported(language);
		check(text);
		find(id, language).orElseThrow(() -> new InvalidFaqEdit("There is no entry " + id + "."));
		this.jdbc.sql("delete from faq_translation_draft where entry_id = ? and language = ?")
			.params(id, language)
			.update();
		this.jdbc.sql("""
				insert into faq_translation_draft (entry_id, language, title, answer, short_answer, questions, author,
				    saved_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, language, text.title().strip(), text.answer().strip(), text.shortAnswer().strip(),
					String.join("\n", text.questions()), actor, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return find(id, language).orElseThrow();
	}

	@Override
	@Transactional
	public Translation publishDraft(String id, String language, String actor) {
		supported(language);
		Translation current = find(id, language).filter((t) -> t.draft() != null)
			.orElseThrow(() -> new InvalidFaqEdit("Entry " + id + " has no " + language + " draft to publish."));
		return save(id, language, current.draft(), actor);
	}

	@Override
	@Transactional
	public Translation markReviewed(String id, String language, String actor) {
		supported(language);
		Translation before = find(id, language).filter((t) -> !t.missing())
			.orElseThrow(() -> new InvalidFaqEdit("Entry " + id + " has no " + language + " text to review yet."));
		this.jdbc
			.sql("update faq_translation set reviewed_version = ?, reviewed_by = ?, updated_at = ? "
					+ "where entry_id = ? and language = ?")
			.params(before.englishVersion(), actor, OffsetDateTime.now(ZoneOffset.UTC), id, language)
			.update();
		this.events.publishEvent(new FaqChanged(id));
		return find(id, language).orElseThrow();
	}

	/**
	 * Adds the seed corpus's text for an entry that has none. It counts as reviewed only
	 * against the English it was written beside (the entry's first version); an entry
	 * staff already changed gets it as stale, to be reviewed.
	 */
	@Transactional
	boolean addIfMissing(FaqEntry translated) {
		if (!LANGUAGES.contains(translated.language())) {
			return false;
		}
		Optional<Translation> current = find(translated.id(), translated.language());
		if (current.isEmpty() || !current.get().missing()) {
			return false;
		}
		int reviewed = (current.get().englishVersion() == 1) ? 1 : 0;
		write(translated.id(), translated.language(),
				new Text(translated.title(), translated.answer(), translated.shortAnswer(), translated.questions()),
				reviewed, "seed corpus");
		return true;
	}

	/**
	 * Every published entry's translation as an FAQ entry in that language (the English
	 * entry's tags and flags), stale or not: a stale text's questions still tell what it
	 * is about, and the answer given for it is the English one.
	 */
	@Transactional(readOnly = true)
	List<FaqEntry> entries(String language, List<FaqEntry> english) {
		return english.stream()
			.flatMap((entry) -> find(entry.id(), language).filter((t) -> !t.missing())
				.map((t) -> translated(entry, t))
				.stream())
			.toList();
	}

	/** The entry in the language when its text is published and not stale. */
	@Transactional(readOnly = true)
	Optional<FaqEntry> fresh(FaqEntry english, String language) {
		return find(english.id(), language).filter((t) -> !t.missing() && !t.stale())
			.map((t) -> translated(english, t));
	}

	/** Changes whenever a translation is written or reviewed. */
	String fingerprint() {
		return this.jdbc.sql("select count(*), sum(reviewed_version), max(updated_at) from faq_translation")
			.query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3))
			.single();
	}

	private static FaqEntry translated(FaqEntry english, Translation translation) {
		Text text = translation.text();
		return new FaqEntry(english.id(), translation.language(), text.title(), text.answer(), text.shortAnswer(),
				text.questions(), english.tags(), english.emergency(), english.hazards());
	}

	private void write(String id, String language, Text text, int reviewedVersion, String actor) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		String questions = String.join("\n", text.questions());
		int updated = this.jdbc.sql("""
				update faq_translation set title = ?, answer = ?, short_answer = ?, questions = ?, reviewed_version = ?,
				    reviewed_by = ?, updated_at = ?
				where entry_id = ? and language = ?""")
			.params(text.title().strip(), text.answer().strip(), text.shortAnswer().strip(), questions, reviewedVersion,
					actor, now, id, language)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into faq_translation (entry_id, language, title, answer, short_answer, questions,
					    reviewed_version, reviewed_by, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, language, text.title().strip(), text.answer().strip(), text.shortAnswer().strip(),
						questions, reviewedVersion, actor, now)
				.update();
		}
	}

	private static void supported(String language) {
		if (!LANGUAGES.contains(language)) {
			throw new InvalidFaqEdit(
					"Translations are kept for " + String.join(", ", LANGUAGES) + ", not " + language + ".");
		}
	}

	private static void check(Text text) {
		require("title", text.title(), 300);
		require("answer", text.answer(), 20000);
		require("shortAnswer", text.shortAnswer(), 400);
		for (String question : text.questions()) {
			if (question.isBlank() || question.contains("\n") || question.length() > 1000) {
				throw new InvalidFaqEdit("Each question is one line of 1 to 1,000 characters.");
			}
		}
	}

	private static void require(String field, String value, int longest) {
		if (value == null || value.isBlank()) {
			throw new InvalidFaqEdit(field + " is required.");
		}
		if (value.strip().length() > longest) {
			throw new InvalidFaqEdit(field + " is at most " + longest + " characters.");
		}
	}

	private static Translation translation(ResultSet rs, String language) throws SQLException {
		boolean written = rs.getString("title") != null;
		Text text = written ? new Text(rs.getString("title"), rs.getString("answer"), rs.getString("short_answer"),
				lines(rs.getString("questions"))) : null;
		Text draft = (rs.getString("draft_title") != null)
				? new Text(rs.getString("draft_title"), rs.getString("draft_answer"),
						rs.getString("draft_short_answer"), lines(rs.getString("draft_questions")))
				: null;
		OffsetDateTime at = written ? rs.getObject("updated_at", OffsetDateTime.class) : null;
		return new Translation(rs.getString("id"), language, rs.getString("entry_title"), text,
				written ? rs.getInt("reviewed_version") : 0, rs.getInt("english_version"),
				written ? rs.getString("reviewed_by") : null, (at != null) ? at.toInstant() : null, draft,
				rs.getString("draft_author"));
	}

	private static List<String> lines(String joined) {
		return Arrays.stream(joined.split("\n")).filter((q) -> !q.isBlank()).toList();
	}

}
