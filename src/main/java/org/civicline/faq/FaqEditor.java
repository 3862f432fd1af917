package org.civicline.faq;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How staff change the FAQ: a draft per entry, published (after the golden set passes, or
 * on a publisher's override), pulled at once, and rolled back to any earlier version. Who
 * may do which is the caller's business; every method takes the staff member acting.
 */
public interface FaqEditor {

	List<Listing> list();

	Optional<Document> find(String id);

	/** Keeps staff's edit as the entry's draft; residents see nothing of it yet. */
	Document saveDraft(FaqEntry content, String owner, LocalDate reviewBy, String actor);

	/** Adds a resident's wording to the entry's questions, in its draft. */
	Document addQuestion(String id, String question, String actor);

	/** Drops the entry's draft. */
	void discardDraft(String id);

	/**
	 * Publishes the draft if the golden set still passes with it, or whatever it breaks
	 * when {@code override} is set.
	 */
	Publication publish(String id, String actor, boolean override);

	/** Takes the entry out of every answer now. */
	void unpublish(String id, String actor);

	/** Publishes an earlier version again, as a new version. */
	Publication rollback(String id, int version, String actor);

	List<Revision> history(String id);

	List<GoldenCase> goldenSet();

	GoldenCase addGoldenCase(String question, String entryId, String actor);

	void removeGoldenCase(long id);

	/** The golden cases the live FAQ answers with another entry (or none). */
	List<GoldenFailure> checkGoldenSet();

	/**
	 * One entry in the staff list.
	 *
	 * @param overdue its review-by date has passed
	 */
	record Listing(String id, String title, List<String> tags, boolean emergency, List<String> hazards, String owner,
			LocalDate reviewBy, boolean published, boolean draft, int version, Instant updatedAt, boolean overdue) {
	}

	/**
	 * An entry as staff edit it.
	 *
	 * @param live what residents are answered with, {@code null} for a new entry
	 * @param draft staff's unpublished edit, or {@code null}
	 */
	record Document(String id, FaqEntry live, FaqEntry draft, String owner, LocalDate reviewBy, boolean published,
			int version, String draftAuthor) {
	}

	record Revision(int version, FaqEntry content, String action, String actor, Instant at) {
	}

	record GoldenCase(long id, String question, String entryId, String addedBy, Instant addedAt) {
	}

	/**
	 * A golden case answered otherwise.
	 *
	 * @param answeredWith the entry that would answer instead, or {@code null} for none
	 */
	record GoldenFailure(long caseId, String question, String expected, String answeredWith) {
	}

	/**
	 * @param published whether the change went live
	 * @param version the live version after it
	 * @param failures the golden cases it breaks (why it was held back, or what the
	 * override accepted)
	 */
	record Publication(boolean published, int version, List<GoldenFailure> failures) {
	}

}
