package org.civicline.faq;

import java.util.List;
import java.util.Optional;

/** The stored FAQ entries: the source of truth the search index is derived from. */
public interface FaqEntries {

	List<FaqEntry> findAll();

	/**
	 * The published entries that have a text in the language ({@code es}), stale or not,
	 * in that language; for English, {@link #findAll()}.
	 */
	default List<FaqEntry> findAll(String language) {
		return "en".equals(language) ? findAll() : List.of();
	}

	Optional<FaqEntry> findById(String id);

	/**
	 * The entry in the language: its reviewed translation, or the English entry when
	 * there is none or it is stale (the caller tells the resident so, by the entry's
	 * language).
	 */
	default Optional<FaqEntry> findById(String id, String language) {
		return findById(id);
	}

	/**
	 * Inserts or replaces an entry and announces {@link FaqChanged} once the change
	 * commits.
	 */
	void save(FaqEntry entry);

	long count();

}
