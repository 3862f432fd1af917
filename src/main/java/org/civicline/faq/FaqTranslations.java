package org.civicline.faq;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The FAQ in Spanish (and any other language a city adds): staff write each entry's text,
 * and review it again whenever the English entry changes. A translation reviewed against
 * an older English version is <em>stale</em>: residents are given the English text, said
 * to be so, until someone reviews it. Who may do which is the caller's business.
 */
public interface FaqTranslations {

	/**
	 * Every entry with its translation in the language, or none yet; stale ones first.
	 */
	List<Translation> list(String language);

	Optional<Translation> find(String id, String language);

	/**
	 * Publishes staff's text for the entry as reviewed against its current English
	 * version, and announces {@link FaqChanged}.
	 * @throws InvalidFaqEdit when the entry does not exist or a field is missing or too
	 * long
	 */
	Translation save(String id, String language, Text text, String actor);

	/**
	 * Keeps an editor's text as the entry's draft in the language; residents see nothing
	 * of it until {@link #publishDraft}.
	 * @throws InvalidFaqEdit when the entry does not exist or a field is missing or too
	 * long
	 */
	Translation saveDraft(String id, String language, Text text, String actor);

	/**
	 * Publishes the draft as reviewed against the current English version.
	 * @throws InvalidFaqEdit when there is no draft
	 */
	Translation publishDraft(String id, String language, String actor);

	/**
	 * Records that the text still says what the current English version says (an English
	 * edit that changed nothing the translation carries).
	 * @throws InvalidFaqEdit when there is no such translation
	 */
	Translation markReviewed(String id, String language, String actor);

	/** What staff write for one entry in one language. */
	record Text(String title, String answer, String shortAnswer, List<String> questions) {

		public Text {
			questions = (questions != null) ? List.copyOf(questions) : List.of();
		}

	}

	/**
	 * One entry in one language.
	 *
	 * @param entryTitle the English title, so staff know which entry it is
	 * @param text the translation, or {@code null} when none is written yet
	 * @param reviewedVersion the English version the text was last reviewed against
	 * @param englishVersion the English entry's live version
	 * @param draft an editor's unpublished text, or {@code null}
	 * @param draftAuthor who wrote the draft, or {@code null}
	 */
	record Translation(String id, String language, String entryTitle, Text text, int reviewedVersion,
			int englishVersion, String reviewedBy, Instant updatedAt, Text draft, String draftAuthor) {

		public boolean missing() {
			return this.text == null;
		}

		public boolean stale() {
			return this.text != null && this.reviewedVersion < this.englishVersion;
		}

	}

}
