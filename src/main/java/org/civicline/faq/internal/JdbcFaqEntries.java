package org.civicline.faq.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicline.faq.FaqChanged;
import org.civicline.faq.FaqEntries;
import org.civicline.faq.FaqEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** FAQ entries in the relational store, questions in a table of their own. */
@Repository
class JdbcFaqEntries implements FaqEntries {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final JdbcFaqTranslations translations;

	JdbcFaqEntries(JdbcClient jdbc, ApplicationEventPublisher events, JdbcFaqTranslations translations) {
		this.jdbc = jdbc;
		this.events = events;
		this.translations = translations;
	}

	@Override
	public List<FaqEntry> findAll(String language) {
		if (!JdbcFaqTranslations.LANGUAGES.contains(language)) {
			return FaqEntries.super.findAll(language);
		}
		return this.translations.entries(language, findAll());
	}

	@Override
	public Optional<FaqEntry> findById(String id, String language) {
		Optional<FaqEntry> english = findById(id);
		if (english.isEmpty() || !JdbcFaqTranslations.LANGUAGES.contains(language)) {
			return english;
		}
		return this.translations.fresh(english.get(), language).or(() -> english);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FaqEntry> findAll() {
		Map<String, List<String>> questions = new HashMap<>();
		this.jdbc.sql("select entry_id, text from faq_question order by entry_id, position").query((rs) -> {
			questions.computeIfAbsent(rs.getString(1), (id) -> new ArrayList<>()).add(rs.getString(2));
		});
		return this.jdbc.sql("select * from faq_entry where published order by id")
			.query((rs, row) -> entry(rs, questions.getOrDefault(rs.getString("id"), List.of())))
			.list();
	}

	/** Every entry, published or pulled, for staff. */
	@Transactional(readOnly = true)
	Optional<FaqEntry> findAnyById(String id) {
		List<String> questions = this.jdbc.sql("select text from faq_question where entry_id = ? order by position")
			.param(id)
			.query(String.class)
			.list();
		return this.jdbc.sql("select * from faq_entry where id = ?")
			.param(id)
			.query((rs, row) -> entry(rs, questions))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FaqEntry> findById(String id) {
		List<String> questions = this.jdbc.sql("select text from faq_question where entry_id = ? order by position")
			.param(id)
			.query(String.class)
			.list();
		return this.jdbc.sql("select * from faq_entry where id = ? and published")
			.param(id)
			.query((rs, row) -> entry(rs, questions))
			.optional();
	}

	@Override
	@Transactional
	public void save(FaqEntry entry) {
		insertOrReplace(entry);
		this.events.publishEvent(new FaqChanged(entry.id()));
	}

	/** Publishes this content as the entry's next version; returns that version. */
	@Transactional
	int publish(FaqEntry entry) {
		int version = insertOrReplace(entry);
		this.jdbc.sql("update faq_entry set published = true where id = ?").param(entry.id()).update();
		this.events.publishEvent(new FaqChanged(entry.id()));
		return version;
	}

	/** Takes the entry out of every answer at once; false when there is no such entry. */
	@Transactional
	boolean unpublish(String id) {
		boolean changed = this.jdbc.sql("update faq_entry set published = false, updated_at = ? where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC), id)
			.update() == 1;
		if (changed) {
			this.events.publishEvent(new FaqChanged(id));
		}
		return changed;
	}

	/**
	 * Adds an entry the store lacks, without announcing it: the importer re-indexes once
	 * at the end.
	 */
	@Transactional
	boolean addIfMissing(FaqEntry entry) {
		if (this.jdbc.sql("select count(*) from faq_entry where id = ?")
			.param(entry.id())
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		insertOrReplace(entry);
		return true;
	}

	/**
	 * Changes whenever an entry is added, edited, published or pulled, or its translation
	 * written or reviewed.
	 */
	String fingerprint() {
		return this.jdbc.sql(
				"select count(*), sum(version), max(updated_at), sum(case when published then 1 else 0 end) from faq_entry")
			.query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + "/" + rs.getLong(4))
			.single() + "/" + this.translations.fingerprint();
	}

	@Override
	public long count() {
		return this.jdbc.sql("select count(*) from faq_entry").query(Long.class).single();
	}

	private int insertOrReplace(FaqEntry entry) {
		Optional<Integer> current = this.jdbc.sql("select version from faq_entry where id = ?")
			.param(entry.id())
			.query(Integer.class)
			.optional();
		int version = current.orElse(0) + 1;
		this.jdbc.sql("delete from faq_question where entry_id = ?").param(entry.id()).update();
		// An update keeps the entry's publishing state, owner and review date.
		String sql = current.isPresent()
				? """
						update faq_entry set language = :language, title = :title, answer = :answer, short_answer = :shortAnswer,
						    tags = :tags, emergency = :emergency, hazards = :hazards, version = :version, updated_at = :updatedAt
						where id = :id
						"""
				: """
						insert into faq_entry (id, language, title, answer, short_answer, tags, emergency, hazards, version, updated_at)
						values (:id, :language, :title, :answer, :shortAnswer, :tags, :emergency, :hazards, :version, :updatedAt)
						""";
		this.jdbc.sql(sql)
			.param("id", entry.id())
			.param("language", entry.language())
			.param("title", entry.title())
			.param("answer", entry.answer())
			.param("shortAnswer", entry.shortAnswer())
			.param("tags", String.join(",", entry.tags()))
			.param("emergency", entry.emergency())
			.param("hazards", String.join(",", entry.hazards()))
			.param("version", version)
			.param("updatedAt", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		for (int i = 0; i < entry.questions().size(); i++) {
			this.jdbc.sql("insert into faq_question (entry_id, position, text) values (?, ?, ?)")
				.params(entry.id(), i, entry.questions().get(i))
				.update();
		}
		return version;
	}

	private static FaqEntry entry(ResultSet rs, List<String> questions) throws SQLException {
		return new FaqEntry(rs.getString("id"), rs.getString("language"), rs.getString("title"), rs.getString("answer"),
				rs.getString("short_answer"), questions, list(rs.getString("tags")), rs.getBoolean("emergency"),
				list(rs.getString("hazards")));
	}

	private static List<String> list(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}
