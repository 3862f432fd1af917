package org.civicline.faq.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.civicline.faq.FaqEditor;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqSearch;
import org.civicline.faq.InvalidFaqEdit;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts, publishing, history and the golden set, in the relational store. */
@Service
class JdbcFaqEditor implements FaqEditor {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");

	private final JdbcClient jdbc;

	private final JdbcFaqEntries entries;

	private final LuceneFaqSearch search;

	private final JsonMapper json = JsonMapper.builder().build();

	JdbcFaqEditor(JdbcClient jdbc, JdbcFaqEntries entries, LuceneFaqSearch search) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.search = search;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Listing> list() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<Listing> listings = new ArrayList<>(this.jdbc
			.sql("""
					select e.*, (select count(*) from faq_draft d where d.entry_id = e.id) as drafts from faq_entry e order by e.id
					""")
			.query((rs, row) -> {
				LocalDate reviewBy = (rs.getDate("review_by") != null) ? rs.getDate("review_by").toLocalDate() : null;
				return new Listing(rs.getString("id"), rs.getString("title"), split(rs.getString("tags")),
						rs.getBoolean("emergency"), split(rs.getString("hazards")), rs.getString("owner"), reviewBy,
						rs.getBoolean("published"), rs.getLong("drafts") > 0, rs.getInt("version"),
						rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
						reviewBy != null && reviewBy.isBefore(today));
			})
			.list());
		// Entries that exist only as a draft so far.
		listings.addAll(this.jdbc.sql("""
				select * from faq_draft d where not exists (select 1 from faq_entry e where e.id = d.entry_id)
				order by entry_id
				""").query((rs, row) -> {
			FaqEntry draft = read(rs.getString("content"));
			LocalDate reviewBy = (rs.getDate("review_by") != null) ? rs.getDate("review_by").toLocalDate() : null;
			return new Listing(draft.id(), draft.title(), draft.tags(), draft.emergency(), draft.hazards(),
					rs.getString("owner"), reviewBy, false, true, 0,
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
					reviewBy != null && reviewBy.isBefore(today));
		}).list());
		return listings;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Document> find(String id) {
		Optional<FaqEntry> live = this.entries.findAnyById(id);
		Optional<Draft> draft = draft(id);
		if (live.isEmpty() && draft.isEmpty()) {
			return Optional.empty();
		}
		Meta meta = meta(id).orElse(new Meta(null, null, false, 0));
		return Optional.of(new Document(id, live.orElse(null), draft.map(Draft::content).orElse(null),
				draft.map(Draft::owner).orElse(meta.owner()), draft.map(Draft::reviewBy).orElse(meta.reviewBy()),
				meta.published(), meta.version(), draft.map(Draft::author).orElse(null)));
	}

	@Override
	@Transactional
	public Document saveDraft(FaqEntry content, String owner, LocalDate reviewBy, String actor) {
		check(content);
		this.jdbc.sql("delete from faq_draft where entry_id = ?").param(content.id()).update();
		this.jdbc.sql("""
				insert into faq_draft (entry_id, content, owner, review_by, author, updated_at)
				values (:id, :content, :owner, :reviewBy, :author, :now)
				""")
			.param("id", content.id())
			.param("content", this.json.writeValueAsString(content))
			.param("owner", blankToNull(owner))
			.param("reviewBy", (reviewBy != null) ? Date.valueOf(reviewBy) : null, java.sql.Types.DATE)
			.param("author", actor)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return find(content.id()).orElseThrow();
	}

	@Override
	@Transactional
	public Document addQuestion(String id, String question, String actor) {
		String wording = (question == null) ? "" : question.strip();
		if (wording.isEmpty() || wording.length() > 1000) {
			throw new InvalidFaqEdit("The question must be 1 to 1,000 characters.");
		}
		Document document = find(id).orElseThrow(() -> new InvalidFaqEdit("There is no FAQ entry " + id + "."));
		FaqEntry base = (document.draft() != null) ? document.draft() : document.live();
		if (base.questions().stream().anyMatch(wording::equalsIgnoreCase)) {
			return document;
		}
		List<String> questions = new ArrayList<>(base.questions());
		questions.add(wording);
		return saveDraft(new FaqEntry(base.id(), base.language(), base.title(), base.answer(), base.shortAnswer(),
				questions, base.tags(), base.emergency(), base.hazards()), document.owner(), document.reviewBy(),
				actor);
	}

	@Override
	@Transactional
	public void discardDraft(String id) {
		this.jdbc.sql("delete from faq_draft where entry_id = ?").param(id).update();
	}

	@Override
	@Transactional
	public Publication publish(String id, String actor, boolean override) {
		Draft draft = draft(id).orElseThrow(() -> new InvalidFaqEdit("Entry " + id + " has no draft to publish."));
		List<GoldenFailure> failures = goldenFailures(withChange(draft.content()));
		if (!failures.isEmpty() && !override) {
			return new Publication(false, meta(id).map(Meta::version).orElse(0), failures);
		}
		keepLiveAsRevision(id);
		int version = this.entries.publish(draft.content());
		this.jdbc.sql("update faq_entry set owner = :owner, review_by = :reviewBy where id = :id")
			.param("owner", draft.owner())
			.param("reviewBy", (draft.reviewBy() != null) ? Date.valueOf(draft.reviewBy()) : null, java.sql.Types.DATE)
			.param("id", id)
			.update();
		revision(draft.content(), version, override && !failures.isEmpty() ? "publish-override" : "publish", actor);
		discardDraft(id);
		return new Publication(true, version, failures);
	}

	@Override
	@Transactional
	public void unpublish(String id, String actor) {
		if (!this.entries.unpublish(id)) {
			throw new InvalidFaqEdit("There is no FAQ entry " + id + ".");
		}
	}

	@Override
	@Transactional
	public Publication rollback(String id, int version, String actor) {
		FaqEntry earlier = this.jdbc.sql("select content from faq_revision where entry_id = ? and version = ?")
			.params(id, version)
			.query(String.class)
			.optional()
			.map(this::read)
			.orElseThrow(() -> new InvalidFaqEdit("Entry " + id + " has no version " + version + "."));
		List<GoldenFailure> failures = goldenFailures(withChange(earlier));
		// A rollback is how a wrong answer is fixed in a hurry, so it is never held back.
		keepLiveAsRevision(id);
		int live = this.entries.publish(earlier);
		revision(earlier, live, "rollback-to-" + version, actor);
		return new Publication(true, live, failures);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Revision> history(String id) {
		return this.jdbc.sql("select * from faq_revision where entry_id = ? order by version desc")
			.param(id)
			.query((rs, row) -> new Revision(rs.getInt("version"), read(rs.getString("content")),
					rs.getString("action"), rs.getString("actor"),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<GoldenCase> goldenSet() {
		return this.jdbc.sql("select * from faq_golden order by id")
			.query((rs, row) -> new GoldenCase(rs.getLong("id"), rs.getString("question"), rs.getString("entry_id"),
					rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	@Override
	@Transactional
	public GoldenCase addGoldenCase(String question, String entryId, String actor) {
		String wording = (question == null) ? "" : question.strip();
		if (wording.isEmpty() || wording.length() > 1000) {
			throw new InvalidFaqEdit("The question must be 1 to 1,000 characters.");
		}
		if (this.entries.findAnyById(entryId).isEmpty()) {
			throw new InvalidFaqEdit("There is no FAQ entry " + entryId + ".");
		}
		Instant now = Instant.now();
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc
			.sql("insert into faq_golden (question, entry_id, added_by, added_at) values (:q, :entry, :actor, :now)")
			.param("q", wording)
			.param("entry", entryId)
			.param("actor", actor)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(key, "id");
		return new GoldenCase(key.getKeyAs(Number.class).longValue(), wording, entryId, actor, now);
	}

	@Override
	@Transactional
	public void removeGoldenCase(long id) {
		this.jdbc.sql("delete from faq_golden where id = ?").param(id).update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<GoldenFailure> checkGoldenSet() {
		return goldenFailures(this.search);
	}

	private List<GoldenFailure> goldenFailures(FaqSearch candidate) {
		List<GoldenFailure> failures = new ArrayList<>();
		for (GoldenCase golden : goldenSet()) {
			List<FaqHit> hits = candidate.search(golden.question()).hits();
			String first = hits.isEmpty() ? null : hits.get(0).id();
			if (!golden.entryId().equals(first)) {
				failures.add(new GoldenFailure(golden.id(), golden.question(), golden.entryId(), first));
			}
		}
		return failures;
	}

	/** The live FAQ as it would be with this entry published. */
	private FaqSearch withChange(FaqEntry changed) {
		List<FaqEntry> candidate = new ArrayList<>(
				this.entries.findAll().stream().filter((entry) -> !entry.id().equals(changed.id())).toList());
		candidate.add(changed);
		return this.search.trial(candidate);
	}

	/**
	 * Entries imported from the corpus have no revision yet: the first change keeps what
	 * was live, so it can be rolled back to.
	 */
	private void keepLiveAsRevision(String id) {
		Optional<Meta> meta = meta(id);
		if (meta.isEmpty() || this.jdbc.sql("select count(*) from faq_revision where entry_id = ? and version = ?")
			.params(id, meta.get().version())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		this.entries.findAnyById(id).ifPresent((live) -> revision(live, meta.get().version(), "import", "corpus"));
	}

	private void revision(FaqEntry content, int version, String action, String actor) {
		this.jdbc.sql("""
				insert into faq_revision (entry_id, version, content, action, actor, at)
				values (:id, :version, :content, :action, :actor, :now)
				""")
			.param("id", content.id())
			.param("version", version)
			.param("content", this.json.writeValueAsString(content))
			.param("action", action)
			.param("actor", actor)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	private Optional<Draft> draft(String id) {
		return this.jdbc.sql("select * from faq_draft where entry_id = ?")
			.param(id)
			.query((rs, row) -> new Draft(read(rs.getString("content")), rs.getString("owner"),
					(rs.getDate("review_by") != null) ? rs.getDate("review_by").toLocalDate() : null,
					rs.getString("author")))
			.optional();
	}

	private Optional<Meta> meta(String id) {
		return this.jdbc.sql("select owner, review_by, published, version from faq_entry where id = ?")
			.param(id)
			.query((rs, row) -> new Meta(rs.getString("owner"),
					(rs.getDate("review_by") != null) ? rs.getDate("review_by").toLocalDate() : null,
					rs.getBoolean("published"), rs.getInt("version")))
			.optional();
	}

	private static void check(FaqEntry entry) {
		if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
			throw new InvalidFaqEdit("id must be 2 to 100 lower-case letters, digits or '-'.");
		}
		require(entry.title(), 300, "title");
		require(entry.answer(), 20000, "answer");
		require(entry.shortAnswer(), 400, "shortAnswer");
		require(entry.language(), 16, "language");
		if (entry.questions().isEmpty()) {
			throw new InvalidFaqEdit("Give at least one question residents ask.");
		}
		for (String question : entry.questions()) {
			require(question, 1000, "each question");
		}
	}

	private static void require(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidFaqEdit(field + " is required.");
		}
		if (value.length() > max) {
			throw new InvalidFaqEdit(field + " must be at most " + max + " characters.");
		}
	}

	private FaqEntry read(String content) {
		return this.json.readValue(content, FaqEntry.class);
	}

	private static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private record Draft(FaqEntry content, String owner, LocalDate reviewBy, String author) {
	}

	private record Meta(String owner, LocalDate reviewBy, boolean published, int version) {
	}

}
