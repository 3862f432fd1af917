package org.civicline.faq.internal;

import org.civicline.faq.FaqEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Adds the seed corpus entries the store does not have yet. Entries already stored are
 * left as they are, so staff edits survive a restart and running the import again adds
 * nothing.
 */
@Component
class FaqCorpusImporter {

	private static final Logger log = LoggerFactory.getLogger(FaqCorpusImporter.class);

	private final JdbcFaqEntries entries;

	private final FaqProperties properties;

	private final JdbcFaqTranslations translations;

	private final ResourcePatternResolver resources;

	FaqCorpusImporter(JdbcFaqEntries entries, JdbcFaqTranslations translations, FaqProperties properties,
			ResourcePatternResolver resources) {
		this.entries = entries;
		this.resources = resources;
		this.translations = translations;
		this.properties = properties;
	}

	int importMissing() {
		int added = 0;
		for (FaqEntry entry : FaqCorpus.read(this.resources, this.properties.corpus())) {
			try {
				added += this.entries.addIfMissing(entry) ? 1 : 0;
			}
			catch (DuplicateKeyException ex) {
				// Another instance imported the same entry at the same moment: it is
				// there, as wanted.
			}
		}
		int translated = 0;
		for (String language : JdbcFaqTranslations.LANGUAGES) {
			String folder = this.properties.corpus().replaceAll("/+$", "") + "/" + language;
			for (FaqEntry entry : FaqCorpus.readIfPresent(this.resources, folder)) {
				try {
					translated += this.translations.addIfMissing(entry) ? 1 : 0;
				}
				catch (DuplicateKeyException ex) {
					// Another instance imported it at the same moment.
				}
			}
		}
		log.info("FAQ corpus import: {} entries added, {} stored; {} translations added", added, this.entries.count(),
				translated);
		return added;
	}

}
