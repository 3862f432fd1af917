package org.civicline.faq;

import java.util.List;
import java.util.Optional;

/** The stored FAQ entries: the source of truth the search index is derived from. */
public interface FaqEntries {

	List<FaqEntry> findAll();

	Optional<FaqEntry> findById(String id);

	/**
	 * Inserts or replaces an entry and announces {@link FaqChanged} once the change
	 * commits.
	 */
	void save(FaqEntry entry);

	long count();

}
