package org.civicline.faq.internal;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.civicline.faq.FaqChanged;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqTranslations;
import org.civicline.faq.InvalidFaqEdit;
import org.civicline.testsupport.SchemaDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the FAQ store must do on every database CivicLine supports: the same migrations,
 * the same queries. Each database has a subclass.
 */
abstract class FaqStoreContract {

	final List<Object> published = new ArrayList<>();

	JdbcFaqEntries entries;

	JdbcFaqTranslations translations;

	FaqCorpusImporter importer;

	abstract DataSource dataSource();

	@BeforeEach
	void freshSchema() {
		JdbcClient jdbc = JdbcClient.create(SchemaDataSource.migrated(dataSource(), "faq"));
		this.translations = new JdbcFaqTranslations(jdbc, this.published::add);
		this.entries = new JdbcFaqEntries(jdbc, this.published::add, this.translations);
		this.importer = new FaqCorpusImporter(this.entries, this.translations,
				new FaqProperties("file:faq-corpus/", true, List.of(), java.time.Duration.ofMillis(500)),
				new PathMatchingResourcePatternResolver());
	}

	@Test
	void importingTheSeedCorpusTwiceAddsEachEntryOnce() {
		int first = this.importer.importMissing();
		int second = this.importer.importMissing();
		assertThat(first)
			.isEqualTo(FaqCorpus.read(new PathMatchingResourcePatternResolver(), "file:faq-corpus/").size())
			.isGreaterThanOrEqualTo(46);
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
	void theSeedCorpusBringsASpanishTextForEveryEntryReviewedAgainstItsEnglish() {
		this.importer.importMissing();
		List<FaqTranslations.Translation> spanish = this.translations.list("es");
		assertThat(spanish).hasSize((int) this.entries.count());
		assertThat(spanish).allSatisfy((translation) -> {
			assertThat(translation.missing()).as(translation.id()).isFalse();
			assertThat(translation.stale()).as(translation.id()).isFalse();
		});
		assertThat(this.entries.findById("trash-collection-day", "es").orElseThrow().language()).isEqualTo("es");
	}

	@Test
	void anEnglishEditMarksTheSpanishStaleAndResidentsGetTheEnglishUntilSomeoneReviewsIt() {
		this.importer.importMissing();
		FaqEntry seed = this.entries.findById("trash-collection-day").orElseThrow();
		this.entries
			.save(new FaqEntry(seed.id(), seed.language(), seed.title(), seed.answer() + " Now on Saturdays too.",
					seed.shortAnswer(), seed.questions(), seed.tags(), seed.emergency(), seed.hazards()));
		assertThat(this.translations.find("trash-collection-day", "es").orElseThrow().stale()).isTrue();
		assertThat(this.translations.list("es").get(0).id()).isEqualTo("trash-collection-day");
		assertThat(this.entries.findById("trash-collection-day", "es").orElseThrow().language()).isEqualTo("en");

		this.translations.markReviewed("trash-collection-day", "es", "editor@city");
		assertThat(this.translations.find("trash-collection-day", "es").orElseThrow().stale()).isFalse();
		assertThat(this.entries.findById("trash-collection-day", "es").orElseThrow().language()).isEqualTo("es");
	}

	@Test
	void staffPublishSpanishTextReviewedAgainstTheCurrentEnglish() {
		this.entries.save(new FaqEntry("x", "en", "T", "A", "S", List.of("q"), List.of(), false, List.of()));
		assertThat(this.translations.find("x", "es").orElseThrow().missing()).isTrue();
		FaqTranslations.Translation saved = this.translations.save("x", "es",
				new FaqTranslations.Text("Título", "Respuesta", "Corta", List.of("¿pregunta?", "otra pregunta")),
				"publisher@city");
		assertThat(saved.stale()).isFalse();
		assertThat(saved.reviewedBy()).isEqualTo("publisher@city");
		assertThat(this.entries.findById("x", "es")).contains(new FaqEntry("x", "es", "Título", "Respuesta", "Corta",
				List.of("¿pregunta?", "otra pregunta"), List.of(), false, List.of()));
		assertThat(this.entries.findAll("es")).extracting(FaqEntry::title).containsExactly("Título");
		assertThat(this.published).contains(new FaqChanged("x"));
	}

	@Test
	void anEditorsSpanishDraftWaitsUnseenUntilAPublisherPublishesIt() {
		this.importer.importMissing();
		FaqEntry live = this.entries.findById("lost-and-found", "es").orElseThrow();
		this.translations.saveDraft("lost-and-found", "es", new FaqTranslations.Text("Objetos perdidos y encontrados",
				live.answer(), live.shortAnswer(), live.questions()), "editor@city");
		assertThat(this.entries.findById("lost-and-found", "es").orElseThrow().title()).isEqualTo(live.title());
		assertThat(this.translations.find("lost-and-found", "es").orElseThrow().draftAuthor()).isEqualTo("editor@city");

		FaqTranslations.Translation published = this.translations.publishDraft("lost-and-found", "es",
				"publisher@city");
		assertThat(published.draft()).isNull();
		assertThat(published.reviewedBy()).isEqualTo("publisher@city");
		assertThat(this.entries.findById("lost-and-found", "es").orElseThrow().title())
			.isEqualTo("Objetos perdidos y encontrados");
		assertThatExceptionOfType(InvalidFaqEdit.class)
			.isThrownBy(() -> this.translations.publishDraft("lost-and-found", "es", "publisher@city"))
			.withMessageContaining("no es draft");
	}

	@Test
	void aTranslationMissingItsAnswerOrForAnUnknownEntryIsRefusedAndNothingChanges() {
		this.entries.save(new FaqEntry("x", "en", "T", "A", "S", List.of("q"), List.of(), false, List.of()));
		assertThatExceptionOfType(InvalidFaqEdit.class)
			.isThrownBy(() -> this.translations.save("x", "es",
					new FaqTranslations.Text("Título", " ", "Corta", List.of()), "publisher@city"))
			.withMessageContaining("answer");
		assertThatExceptionOfType(InvalidFaqEdit.class).isThrownBy(() -> this.translations.save("nope", "es",
				new FaqTranslations.Text("Título", "R", "C", List.of()), "publisher@city"));
		assertThatExceptionOfType(InvalidFaqEdit.class)
			.isThrownBy(() -> this.translations.markReviewed("x", "fr", "publisher@city"));
		assertThat(this.translations.find("x", "es").orElseThrow().missing()).isTrue();
	}

	@Test
	void anUnknownIdIsAbsentNotAnError() {
		assertThat(this.entries.findById("no-such-entry")).isEmpty();
	}

}
