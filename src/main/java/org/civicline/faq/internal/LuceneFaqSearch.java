package org.civicline.faq.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.civicline.faq.FaqChanged;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqMatches;
import org.civicline.faq.FaqSearch;
import org.civicline.nlp.SentenceEncoder;
import org.civicline.nlp.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Keeps the search indexes in step with the store: built before the server takes
 * requests, rebuilt whenever an entry changes. Searches run on whichever snapshot is
 * current.
 */
@Component
class LuceneFaqSearch implements FaqSearch, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LuceneFaqSearch.class);

	private final JdbcFaqEntries entries;

	private final FaqCorpusImporter importer;

	private final FaqProperties properties;

	private final TextNormalizer normalizer;

	private final SentenceEncoder encoder;

	private volatile Snapshot snapshot;

	private volatile String fingerprint;

	private volatile ScheduledExecutorService refresher;

	private List<List<String>> unanswerable;

	private final ShippedCalibration shipped;

	private volatile ShippedCalibration lastCalibration;

	private final JdbcFaqTranslations translations;

	LuceneFaqSearch(JdbcFaqEntries entries, JdbcFaqTranslations translations, FaqCorpusImporter importer,
			FaqProperties properties, TextNormalizer normalizer, SentenceEncoder encoder) {
		this.entries = entries;
		this.translations = translations;
		this.importer = importer;
		this.properties = properties;
		this.normalizer = normalizer;
		this.encoder = encoder;
		this.shipped = ShippedCalibration.shipped();
		this.snapshot = new Snapshot(new FaqIndex(List.of(), normalizer, List.of()), baseline(List.of()),
				FaqVectorIndex.NONE, new SpanishFaqIndex(List.of()));
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.importOnStart()) {
			this.importer.importMissing();
		}
		rebuild();
		startRefreshing();
	}

	@ApplicationModuleListener
	void on(FaqChanged changed) {
		rebuild();
	}

	/**
	 * Another instance's publish reaches this one through the shared store: a cheap look
	 * at the entries' versions every {@code civicline.faq.refresh-interval} (0.5 s), and
	 * a rebuild when they moved. It has a thread of its own, so a busy scheduler (a
	 * broadcast) cannot hold it up.
	 */
	private void startRefreshing() {
		ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "faq-refresh");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.refreshInterval().toMillis();
		refresher.scheduleWithFixedDelay(() -> {
			try {
				refreshIfChangedElsewhere();
			}
			catch (RuntimeException ex) {
				log.warn("FAQ refresh failed, trying again: {}", ex.getMessage());
			}
		}, every, every, TimeUnit.MILLISECONDS);
		this.refresher = refresher;
	}

	@PreDestroy
	void stopRefreshing() {
		if (this.refresher != null) {
			this.refresher.shutdownNow();
		}
	}

	void refreshIfChangedElsewhere() {
		String now = this.entries.fingerprint();
		if (this.fingerprint != null && !now.equals(this.fingerprint)) {
			rebuild();
		}
	}

	// The messages the FAQ must not answer are the city's own examples, like its entries.
	private List<String> learnedLemmas(String text) {
		this.normalizer.learn(text);
		return this.normalizer.lemmas(text);
	}

	synchronized void rebuild() {
		if (this.unanswerable == null) {
			this.unanswerable = UnanswerableMessages.read(this.properties.unanswerable())
				.parallelStream()
				.map(this::learnedLemmas)
				.toList();
		}
		long start = System.nanoTime();
		String seen = this.entries.fingerprint();
		var all = this.entries.findAll();
		FaqIndex earlier = this.snapshot.engine();
		// The vector and Spanish indexes are built on another core while this one builds
		// the words' index, which takes about as long (at start on 2 cores, the whole
		// build went from about 1.4 s to 1.25 s).
		CompletableFuture<FaqVectorIndex> vectorsBuilt = CompletableFuture.supplyAsync(() -> vectorIndex(all));
		CompletableFuture<SpanishFaqIndex> spanishBuilt = CompletableFuture
			.supplyAsync(() -> new SpanishFaqIndex(this.translations.entries("es", all)));
		Supplier<BaselineFaqIndex> baseline = baseline(all);
		if (this.fingerprint != null) {
			// A change is answered at once, with the earlier confidence calibration (a
			// change of a few entries barely moves it) and with the earlier index by
			// meaning (of the entries that still exist) until the new graph is built.
			// The new index by meaning, then the recalibrated index, follow.
			FaqIndex changed = new FaqIndex(all, this.normalizer, this.unanswerable, earlier.lemmas(),
					earlier.confidence());
			this.snapshot = new Snapshot(changed, baseline, this.snapshot.vectors(), built(spanishBuilt));
			this.fingerprint = seen;
			log.info("FAQ index rebuilt for a change: {} entries in {} ms", all.size(),
					(System.nanoTime() - start) / 1_000_000);
			this.snapshot = new Snapshot(changed, baseline, built(vectorsBuilt), built(spanishBuilt));
		}
		// The calibration the build shipped while the FAQ is the shipped one, else a new
		// one.
		FaqIndex index = new FaqIndex(all, this.normalizer, this.unanswerable, earlier.lemmas(),
				(this.shipped != null) ? this.shipped.modelFor(calibration(all)) : null);
		FaqVectorIndex vectors = built(vectorsBuilt);
		SpanishFaqIndex spanish = built(spanishBuilt);
		this.snapshot = new Snapshot(index, baseline, vectors, spanish);
		this.lastCalibration = new ShippedCalibration(calibration(all), index.confidence());
		this.fingerprint = seen;
		log.info("FAQ index built: {} entries in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
	}

	private String calibration(List<FaqEntry> all) {
		return ShippedCalibration.fingerprint(all, this.unanswerable);
	}

	private static <T> T built(CompletableFuture<T> index) {
		try {
			return index.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	// Without a sentence encoder (ONNX Runtime has no library for this machine), the FAQ
	// is searched by words alone.
	private FaqVectorIndex vectorIndex(List<FaqEntry> all) {
		try {
			FaqVectorIndex shipped = FaqVectorIndex.shipped(all);
			if (shipped != null) {
				return shipped;
			}
		}
		catch (RuntimeException ex) {
			log.warn("The FAQ's shipped index by meaning cannot be read; building it", ex);
		}
		try {
			return FaqVectorIndex.build(all, this.encoder::learn);
		}
		catch (RuntimeException ex) {
			log.error("The FAQ is searched by words alone: its questions cannot be read by meaning here", ex);
			return FaqVectorIndex.NONE;
		}
	}

	/**
	 * The index of the questions by meaning for the jar to ship, or {@code null} when the
	 * sentence encoder did not load: built from the vectors as the jar ships them, as a
	 * start builds it from those.
	 */
	FaqVectorIndex vectorsToShip() {
		return this.snapshot.vectors().isEmpty() ? null
				: FaqVectorIndex.build(this.entries.findAll(), this.encoder::learnAsShipped);
	}

	/**
	 * The calibration of the current index and what it was fitted on, for the jar to
	 * ship.
	 */
	ShippedCalibration lastCalibration() {
		return this.lastCalibration;
	}

	/**
	 * A search over these entries instead of the live ones, to try a change before it is
	 * published.
	 */
	FaqSearch trial(List<FaqEntry> candidate) {
		FaqIndex index = new FaqIndex(candidate, this.normalizer,
				(this.unanswerable != null) ? this.unanswerable : List.of(), this.snapshot.engine().lemmas());
		return new FaqSearch() {
			@Override
			public FaqMatches search(String text) {
				return index.search(text);
			}

			@Override
			public List<String> baseline(String text, int max) {
				return List.of();
			}
		};
	}

	@Override
	public FaqMatches search(String text) {
		return this.snapshot.engine().search(text);
	}

	@Override
	public FaqMatches search(String text, float[] vector) {
		Snapshot current = this.snapshot;
		return current.engine().search(text, current.vectors().nearest(vector));
	}

	@Override
	public FaqMatches search(String text, String language) {
		return "es".equals(language) ? this.snapshot.spanish().search(text) : search(text);
	}

	@Override
	public List<String> baseline(String text, int max) {
		return this.snapshot.baseline().get().search(text, max);
	}

	// Only the evaluate command compares the engine with plain BM25: a server never
	// builds that index.
	private static Supplier<BaselineFaqIndex> baseline(List<FaqEntry> entries) {
		return SingletonSupplier.of(() -> new BaselineFaqIndex(entries));
	}

	private record Snapshot(FaqIndex engine, Supplier<BaselineFaqIndex> baseline, FaqVectorIndex vectors,
			SpanishFaqIndex spanish) {
	}

}
