package org.civicline.faq.internal;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.civicline.faq.FaqChanged;
import org.civicline.faq.FaqEntry;
import org.civicline.testsupport.SchemaDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the FAQ store must do on every database CivicLine supports: the same migrations,
 * the same queries. Each database has a subclass.
 */
abstract class FaqStoreContract {

	final List<Object> published = new ArrayList<>();

	JdbcFaqEntries entries;

	FaqCorpusImporter importer;

	abstract DataSource dataSource();

	@BeforeEach
	void freshSchema() {
		JdbcClient jdbc = JdbcClient.create(SchemaDataSource.migrated(dataSource(), "faq"));
		this.entries = new JdbcFaqEntries(jdbc, this.published::add);
		this.importer = new FaqCorpusImporter(this.entries,
				new FaqProperties("file:faq-corpus/", true, List.of(), java.time.Duration.ofMillis(500)));
	}

	@Test
	void importingTheSeedCorpusTwiceAddsEachEntryOnce() {
		int first = this.importer.importMissing();
		int second = this.importer.importMissing();
		assertThat(first).isEqualTo(FaqCorpus.read("file:faq-corpus/").size()).isGreaterThanOrEqualTo(46);
		assertThat(second).isZero();
		assertThat(this.entries.count()).isEqualTo(first);
	}

	@Test
	void importLeavesAnEntryStaffHaveEditedAsTheyLeftIt() {
		this.importer.importMissing();
		FaqEntry seed = this.entries.findById("trash-collection-day").orElseThrow();
		FaqEntry edited = new FaqEntry(seed.id(), seed.language(), "Edited title", seed.answer(), seed.shortAnswer(),
				seed.questions(), seed.tags(), seed.emergency(), seed.hazards());
		this.entries.save(edited);
		this.importer.importMissing();
		assertThat(this.entries.findById("trash-collection-day")).contains(edited);
	}

	@Test
	void storesAndReadsBackEveryFieldWithQuestionsInOrder() {
		FaqEntry entry = new FaqEntry("test-entry", "es", "Título", "Respuesta **completa**", "Respuesta corta",
				List.of("tercera pregunta", "first question", "¿segunda?"), List.of("basura", "trash"), true,
				List.of("flood", "hurricane"));
		this.entries.save(entry);
		assertThat(this.entries.findById("test-entry")).contains(entry);
		assertThat(this.entries.findAll()).containsExactly(entry);
	}

	@Test
	void savingAnnouncesTheChangeSoEveryIndexRebuilds() {
		FaqEntry entry = new FaqEntry("x", "en", "T", "A", "S", List.of("q"), List.of(), false, List.of());
		this.entries.save(entry);
		assertThat(this.published).containsExactly(new FaqChanged("x"));
	}

	@Test
	void replacingAnEntryKeepsOneCopyWithItsNewQuestions() {
		this.entries.save(new FaqEntry("x", "en", "T", "A", "S", List.of("a", "b", "c"), List.of(), false, List.of()));
		FaqEntry replaced = new FaqEntry("x", "en", "T2", "A2", "S2", List.of("d"), List.of("t"), false, List.of());
		this.entries.save(replaced);
		assertThat(this.entries.findAll()).containsExactly(replaced);
	}

	@Test
	void anUnknownIdIsAbsentNotAnError() {
		assertThat(this.entries.findById("no-such-entry")).isEmpty();
	}

}
