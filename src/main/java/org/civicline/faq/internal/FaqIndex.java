package org.civicline.faq.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.Directory;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqMatches;
import org.civicline.nlp.ScoreOrder;
import org.civicline.nlp.TextNormalizer;

/**
 * An immutable Lucene index of the FAQ, built from the store and replaced whole on change
 * (a city FAQ has hundreds of entries, so a rebuild takes a second and needs no
 * incremental update).
 *
 * <p>
 * Every field holds normalised terms (lemmas with 311 synonyms folded), so the analyzer
 * only splits on spaces. An entry is found two ways and the scores are added: the entry
 * document (title, tags, answer) and the best of its alternate questions, each a document
 * of its own so that one short question that fits is not drowned by twenty that do not.
 */
final class FaqIndex {

	static final int MAX_HITS = 5;

	// What the confidence model reads of a ranking (see rank); a model fitted on another
	// number is not used.
	private static final int FEATURES = 5;

	// A message this long is a paste, not a question: the rest of it is not searched,
	// which bounds a search's work.
	private static final int MAX_QUERY_TERMS = 200;

	private static final String KIND = "kind";

	private static final String ID = "id";

	private static final String KEY = "key";

	// What residents ask is the strongest evidence, then how staff titled the entry, then
	// the answer.
	private static final String QUESTION = "question";

	private static final String TITLE = "title";

	private static final String TAGS = "tags";

	private static final String ANSWER = "answer";

	// Every document has every field, empty where it has none of that kind: the field's
	// length norms are then stored densely, and reading a sparse norm was a third of a
	// search. An empty field holds no term, so no statistic that scores a match moves.
	private static final String NO_TERMS = "";

	private static final float QUESTION_BOOST = 3.0f;

	private static final float TITLE_BOOST = 2.0f;

	private static final float TAGS_BOOST = 1.5f;

	private static final float ANSWER_BOOST = 0.6f;

	// Ranking multiplies the Lucene score by (floor + coverage): an entry that accounts
	// for the
	// message's rare words ("toilet", "hazardous") beats one that matches only its common
	// ones.
	private static final double COVERAGE_FLOOR = 0.25;

	private static final int[] NO_ENTRIES = {};

	private final TextNormalizer normalizer;

	private final Map<String, FaqEntry> entries = new HashMap<>();

	// Terms by which a resident would name an entry: its title and tags, and each of its
	// questions.
	private final Map<String, Set<String>> titleTerms = new HashMap<>();

	private final Map<String, List<Set<String>>> questionTerms = new HashMap<>();

	private final Map<String, Set<String>> askedTerms = new HashMap<>();

	private final Map<String, Set<String>> answerTerms = new HashMap<>();

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	// Term to the entries (by number) that name it, and to those whose answer alone
	// holds it: a ranking adds up every entry's coverage from these in one pass.
	private final Map<String, int[]> askedBy;

	private final Map<String, int[]> answeredBy;

	private final SpellingCorrector spelling;

	private final IndexSearcher searcher;

	private final boolean[] isQuestion;

	// The index never changes once built, so each document's entry is looked up once,
	// here, instead of loading stored fields for every hit of every search; as a number
	// into entryIds, so a search adds scores up in arrays. Entries are numbered in the
	// order of their ids, which is how equal scores are ranked.
	private final int[] entryNumberOfDocument;

	private final String[] entryIds;

	// Field to term to the documents holding it, scored: see termHits().
	private final Map<String, Map<String, TermHits>> termHits;

	private final ConfidenceModel confidence;

	private final Map<String, List<String>> lemmas;

	FaqIndex(List<FaqEntry> entries, TextNormalizer normalizer, List<List<String>> unanswerable) {
		this(entries, normalizer, unanswerable, Map.of());
	}

	/**
	 * @param earlierLemmas the lemmas of the index this one replaces, so that a rebuild
	 * after one edit only reads the edited text again
	 */
	FaqIndex(List<FaqEntry> entries, TextNormalizer normalizer, List<List<String>> unanswerable,
			Map<String, List<String>> earlierLemmas) {
		this(entries, normalizer, unanswerable, earlierLemmas, null);
	}

	/**
	 * @param earlierConfidence a confidence model to keep instead of calibrating a new
	 * one (calibrating takes seconds): the one of the index this one replaces, or the one
	 * the build fitted on the same entries; {@code null} to calibrate
	 */
	FaqIndex(List<FaqEntry> entries, TextNormalizer normalizer, List<List<String>> unanswerable,
			Map<String, List<String>> earlierLemmas, ConfidenceModel earlierConfidence) {
		this.normalizer = normalizer;
		this.lemmas = lemmatize(entries, earlierLemmas);
		Set<String> vocabulary = new HashSet<>(normalizer.synonymVocabulary());
		// One buffer a file: every search clones its inputs, and a clone of many small
		// buffers costs a copy of each.
		Directory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (FaqEntry entry : entries) {
				index(entry, writer, vocabulary);
			}
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
			// A few thousand documents in memory: caching filters costs more than it
			// saves.
			this.searcher.setQueryCache(null);
			int documents = this.searcher.getIndexReader().maxDoc();
			this.isQuestion = new boolean[documents];
			this.entryNumberOfDocument = new int[documents];
			String[] idOfDocument = new String[documents];
			for (int doc = 0; doc < documents; doc++) {
				Document stored = this.searcher.storedFields().document(doc);
				this.isQuestion[doc] = QUESTION.equals(stored.get(KIND));
				idOfDocument[doc] = stored.get(ID);
			}
			this.entryIds = Arrays.stream(idOfDocument).distinct().sorted().toArray(String[]::new);
			for (int doc = 0; doc < documents; doc++) {
				this.entryNumberOfDocument[doc] = Arrays.binarySearch(this.entryIds, idOfDocument[doc]);
			}
			this.termHits = termHits();
			this.askedBy = entriesByTerm(this.askedTerms);
			this.answeredBy = entriesByTerm(this.answerTerms);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.spelling = new SpellingCorrector(vocabulary);
		this.confidence = (earlierConfidence != null && earlierConfidence.dimensions() == FEATURES) ? earlierConfidence
				: calibrate(unanswerable);
	}

	ConfidenceModel confidence() {
		return this.confidence;
	}

	private void index(FaqEntry entry, IndexWriter writer, Set<String> vocabulary) throws IOException {
		String id = entry.id();
		this.entries.put(id, entry);
		Set<String> titled = new HashSet<>();
		Document document = new Document();
		document.add(new StoredField(KIND, "entry"));
		document.add(new StringField(ID, id, Field.Store.YES));
		document.add(new TextField(TITLE, terms(entry.title(), vocabulary, titled), Field.Store.NO));
		document.add(new TextField(TAGS, terms(tagText(entry), vocabulary, titled), Field.Store.NO));
		Set<String> answered = new HashSet<>();
		document.add(new TextField(ANSWER, terms(answerText(entry), vocabulary, answered), Field.Store.NO));
		document.add(new TextField(QUESTION, NO_TERMS, Field.Store.NO));
		writer.addDocument(document);
		List<Set<String>> questions = new ArrayList<>();
		Set<String> asked = new HashSet<>(titled);
		for (int i = 0; i < entry.questions().size(); i++) {
			Set<String> terms = new HashSet<>();
			Document questionDocument = new Document();
			questionDocument.add(new StoredField(KIND, QUESTION));
			questionDocument.add(new StringField(ID, id, Field.Store.YES));
			questionDocument.add(new StringField(KEY, id + "#" + i, Field.Store.NO));
			questionDocument
				.add(new TextField(QUESTION, terms(entry.questions().get(i), vocabulary, terms), Field.Store.NO));
			for (String entryField : List.of(TITLE, TAGS, ANSWER)) {
				questionDocument.add(new TextField(entryField, NO_TERMS, Field.Store.NO));
			}
			writer.addDocument(questionDocument);
			questions.add(terms);
			asked.addAll(terms);
		}
		answered.removeAll(asked);
		this.titleTerms.put(id, titled);
		this.questionTerms.put(id, questions);
		this.askedTerms.put(id, asked);
		this.answerTerms.put(id, answered);
		Set<String> all = new HashSet<>(asked);
		all.addAll(answered);
		all.forEach((term) -> this.documentFrequency.merge(term, 1, Integer::sum));
	}

	// Tagging is the slow part of a rebuild: the corpus texts are read on both cores, and
	// texts
	// already read for the previous index are not read again.
	private Map<String, List<String>> lemmatize(List<FaqEntry> entries, Map<String, List<String>> earlier) {
		Set<String> texts = new HashSet<>();
		for (FaqEntry entry : entries) {
			texts.add(entry.title());
			texts.add(tagText(entry));
			texts.add(answerText(entry));
			texts.addAll(entry.questions());
		}
		return texts.parallelStream()
			.collect(Collectors.toConcurrentMap(Function.identity(),
					(text) -> earlier.containsKey(text) ? earlier.get(text) : learnedLemmas(text)));
	}

	// The FAQ is staff-approved text: the normalizer learns its words from it.
	private List<String> learnedLemmas(String text) {
		this.normalizer.learn(text);
		return this.normalizer.lemmas(text);
	}

	Map<String, List<String>> lemmas() {
		return this.lemmas;
	}

	private static String tagText(FaqEntry entry) {
		return String.join(" , ", entry.tags());
	}

	private static String answerText(FaqEntry entry) {
		return entry.shortAnswer() + "\n" + entry.answer();
	}

	private String terms(String text, Set<String> vocabulary, Set<String> collected) {
		List<String> lemmas = this.lemmas.get(text);
		vocabulary.addAll(lemmas);
		List<String> terms = lemmas.stream().map(this.normalizer::canonical).toList();
		collected.addAll(terms);
		return String.join(" ", terms);
	}

	FaqMatches search(String text) {
		return search(text, Map.of());
	}

	/**
	 * The search by words, fused with the entries nearest by meaning (reciprocal-rank
	 * fusion: each list adds 1 / (k + rank) to an entry, so an entry both lists rank high
	 * comes first, and one that only meaning finds still ranks). The confidence is the
	 * calibrated model's, read for the fused first entry.
	 * @param nearest entries by similarity of meaning, closest first; empty for words
	 * only
	 */
	FaqMatches search(String text, Map<String, Double> nearest) {
		Ranking ranking = rank(queryTerms(this.normalizer.lemmas(text)), null);
		// Right after a change the index by meaning can still be the earlier one: entries
		// it knows that this one does not are left out.
		List<String> byMeaning = nearest.keySet().stream().filter(this.entries::containsKey).toList();
		if (!byMeaning.isEmpty()) {
			ranking = ranking.fusedWith(byMeaning);
		}
		if (ranking.isEmpty()) {
			return FaqMatches.NONE;
		}
		double probability = this.confidence.probability(ranking.features());
		double top = ranking.scores().get(0);
		List<FaqHit> hits = new ArrayList<>();
		for (int i = 0; i < Math.min(MAX_HITS, ranking.ids().size()); i++) {
			hits.add(new FaqHit(this.entries.get(ranking.ids().get(i)),
					round(probability * ranking.scores().get(i) / top)));
		}
		return new FaqMatches(hits, round(probability), round(ranking.gap()));
	}

	/**
	 * The message's terms, misspellings corrected towards words the corpus or synonym
	 * lists know.
	 */
	private List<String> queryTerms(List<String> lemmas) {
		Set<String> terms = new LinkedHashSet<>();
		for (String lemma : lemmas) {
			terms.add(this.normalizer.canonical(this.spelling.correct(lemma)));
		}
		return List.copyOf(terms);
	}

	/**
	 * Entries ranked for the terms. {@code leftOut} names one alternate question ("id#n")
	 * to search as if it were not in the index, for calibration.
	 */
	private Ranking rank(List<String> allTerms, String leftOut) {
		if (allTerms.isEmpty() || this.entries.isEmpty()) {
			return Ranking.EMPTY;
		}
		List<String> terms = allTerms.subList(0, Math.min(allTerms.size(), MAX_QUERY_TERMS));
		double[] scores = new double[this.entryIds.length];
		boolean[] found = new boolean[this.entryIds.length];
		collect(terms, leftOut, scores, found);
		int[] candidates = IntStream.range(0, found.length).filter((entry) -> found[entry]).toArray();
		if (candidates.length == 0) {
			return Ranking.EMPTY;
		}
		double[] coverage = coverage(terms, rarity(terms), leftOut);
		for (int entry : candidates) {
			scores[entry] *= COVERAGE_FLOOR + coverage[entry];
		}
		int count = candidates.length;
		// Equal scores stay in the order of the entries' numbers, which is that of their
		// ids.
		int[] ranked = ScoreOrder.highestFirst(scores, candidates);
		String[] ids = new String[count];
		Double[] values = new Double[count];
		for (int i = 0; i < count; i++) {
			ids[i] = this.entryIds[ranked[i]];
			values[i] = scores[ranked[i]];
		}
		double top = values[0];
		double gap = (top - ((count > 1) ? values[1] : 0)) / top;
		long unknown = terms.stream().filter((term) -> !this.documentFrequency.containsKey(term)).count();
		double[] features = { coverage[ranked[0]], gap, Math.log1p(top), (double) unknown / terms.size(),
				Math.log(terms.size()) };
		return new Ranking(List.of(ids), List.of(values), gap, features,
				new EntryScores(this.entryIds, scores, coverage, found));
	}

	/**
	 * How much of what the resident wrote each entry accounts for, each term weighted by
	 * how rare it is in the FAQ: a message whose rare words the entry never mentions is
	 * not answered by it, however well its common words match. Each entry's sum is taken
	 * term by term in the message's order.
	 */
	private double[] coverage(List<String> terms, double[] rarity, String leftOut) {
		double[] covered = new double[this.entryIds.length];
		double total = 0;
		for (int i = 0; i < terms.size(); i++) {
			total += rarity[i];
			for (int entry : this.askedBy.getOrDefault(terms.get(i), NO_ENTRIES)) {
				covered[entry] += rarity[i];
			}
			// An entry's answered terms leave out those it is asked by, so no entry
			// counts a term twice.
			for (int entry : this.answeredBy.getOrDefault(terms.get(i), NO_ENTRIES)) {
				covered[entry] += rarity[i] * 0.5;
			}
		}
		if (leftOut != null) {
			String id = leftOut.substring(0, leftOut.indexOf('#'));
			covered[Arrays.binarySearch(this.entryIds, id)] = coveredWithout(terms, rarity, id, leftOut);
		}
		for (int entry = 0; entry < covered.length; entry++) {
			covered[entry] = (total == 0) ? 0 : covered[entry] / total;
		}
		return covered;
	}

	/** An entry's covered weight with one of its questions left out. */
	private double coveredWithout(List<String> terms, double[] rarity, String id, String leftOut) {
		Set<String> asked = askedWithout(id, leftOut);
		Set<String> answered = this.answerTerms.get(id);
		double covered = 0;
		for (int i = 0; i < terms.size(); i++) {
			if (asked.contains(terms.get(i))) {
				covered += rarity[i];
			}
			else if (answered.contains(terms.get(i))) {
				covered += rarity[i] * 0.5;
			}
		}
		return covered;
	}

	/** Each term of the sets to the numbers of the entries whose set holds it. */
	private Map<String, int[]> entriesByTerm(Map<String, Set<String>> termsOfEntry) {
		Map<String, List<Integer>> entriesOfTerm = new HashMap<>();
		for (int entry = 0; entry < this.entryIds.length; entry++) {
			for (String term : termsOfEntry.get(this.entryIds[entry])) {
				entriesOfTerm.computeIfAbsent(term, (t) -> new ArrayList<>()).add(entry);
			}
		}
		Map<String, int[]> byTerm = new HashMap<>();
		entriesOfTerm
			.forEach((term, numbers) -> byTerm.put(term, numbers.stream().mapToInt(Integer::intValue).toArray()));
		return Map.copyOf(byTerm);
	}

	/** Each term's inverse document frequency over the FAQ's entries. */
	private double[] rarity(List<String> terms) {
		int n = this.entries.size();
		double[] rarity = new double[terms.size()];
		for (int i = 0; i < rarity.length; i++) {
			rarity[i] = Math.log(1 + (n + 0.5) / (this.documentFrequency.getOrDefault(terms.get(i), 0) + 0.5));
		}
		return rarity;
	}

	private Set<String> askedWithout(String id, String leftOut) {
		int skipped = Integer.parseInt(leftOut.substring(leftOut.indexOf('#') + 1));
		Set<String> asked = new HashSet<>(this.titleTerms.get(id));
		List<Set<String>> questions = this.questionTerms.get(id);
		for (int i = 0; i < questions.size(); i++) {
			if (i != skipped) {
				asked.addAll(questions.get(i));
			}
		}
		return asked;
	}

	/**
	 * Fits the confidence model: every question asked with itself left out, and messages
	 * with no answer.
	 */
	private ConfidenceModel calibrate(List<List<String>> unanswerable) {
		List<Example> examples = Stream
			.concat(this.entries.values().parallelStream().flatMap(this::leftOutQuestions),
					unanswerable.parallelStream().map((lemmas) -> new Example(rank(queryTerms(lemmas), null), null)))
			.filter((example) -> !example.ranking().isEmpty())
			.toList();
		if (examples.isEmpty()) {
			return ConfidenceModel.untrained(FEATURES);
		}
		return ConfidenceModel.fit(examples.stream().map((example) -> example.ranking().features()).toList(),
				examples.stream().map(Example::answered).toList());
	}

	private Stream<Example> leftOutQuestions(FaqEntry entry) {
		String id = entry.id();
		List<Set<String>> questions = this.questionTerms.get(id);
		return IntStream.range(0, questions.size())
			.mapToObj((i) -> new Example(rank(List.copyOf(questions.get(i)), id + "#" + i), id));
	}

	/**
	 * A calibration example: how a message ranked, and the entry that answers it
	 * ({@code null}: none).
	 */
	private record Example(Ranking ranking, String answer) {

		boolean answered() {
			return this.answer != null && this.answer.equals(this.ranking.ids().get(0));
		}

	}

	/**
	 * Each entry's score: its own document's, plus that of the best of its questions. A
	 * document's score is what one disjunction of every field's boosted terms would give
	 * it, the sum of its matching clauses, added up clause by clause: an entry document
	 * matches only the title, tags and answer clauses and a question document only the
	 * question ones, so each kind is scored as if searched alone. Every matching document
	 * is scored (the index is small, so a top-n queue would cost more than it saves, and
	 * no entry falls off the end). Fills in each entry's score, and whether any of its
	 * documents matched.
	 */
	private void collect(List<String> terms, String leftOut, double[] scored, boolean[] found) {
		double[] scores = new double[this.entryNumberOfDocument.length];
		boolean[] matched = new boolean[this.entryNumberOfDocument.length];
		try {
			addScores(TITLE, terms, scores, matched);
			addScores(TAGS, terms, scores, matched);
			addScores(ANSWER, terms, scores, matched);
			addScores(QUESTION, terms, scores, matched);
			if (leftOut != null) {
				forEachMatch(this.searcher.createWeight(new TermQuery(new Term(KEY, leftOut)),
						ScoreMode.COMPLETE_NO_SCORES, 1f), (doc, scorer) -> matched[doc] = false);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Scores are never negative, so starting each entry's sum and best at
		// zero changes neither.
		double[] entryScores = new double[this.entryIds.length];
		double[] bestQuestions = new double[this.entryIds.length];
		for (int doc = 0; doc < matched.length; doc++) {
			if (!matched[doc]) {
				continue;
			}
			int entry = this.entryNumberOfDocument[doc];
			// A disjunction scorer adds its clauses up in double and answers a float.
			double score = (float) scores[doc];
			if (this.isQuestion[doc]) {
				bestQuestions[entry] = Math.max(bestQuestions[entry], score);
			}
			else {
				entryScores[entry] += score;
			}
			found[entry] = true;
		}
		for (int entry = 0; entry < this.entryIds.length; entry++) {
			scored[entry] = entryScores[entry] + bestQuestions[entry];
		}
	}

	/**
	 * Adds each of the field's terms' scores to the documents holding it. Terms a field
	 * does not hold are left out, as they could match nothing.
	 */
	private void addScores(String field, List<String> terms, double[] scores, boolean[] matched) {
		Map<String, TermHits> known = this.termHits.get(field);
		for (String term : terms) {
			TermHits hits = known.get(term);
			if (hits == null) {
				continue;
			}
			int[] documents = hits.documents();
			float[] values = hits.scores();
			for (int i = 0; i < documents.length; i++) {
				scores[documents[i]] += values[i];
				matched[documents[i]] = true;
			}
		}
	}

	/** A term's documents, ascending, and its score in each. */
	private record TermHits(int[] documents, float[] scores) {

		private static final class Builder implements Match {

			private int[] documents = new int[8];

			private float[] scores = new float[8];

			private int size;

			@Override
			public void at(int doc, Scorer scorer) throws IOException {
				if (this.size == this.documents.length) {
					this.documents = Arrays.copyOf(this.documents, this.size * 2);
					this.scores = Arrays.copyOf(this.scores, this.size * 2);
				}
				this.documents[this.size] = doc;
				this.scores[this.size] = scorer.score();
				this.size++;
			}

			TermHits build() {
				return new TermHits(Arrays.copyOf(this.documents, this.size), Arrays.copyOf(this.scores, this.size));
			}

		}

	}

	private void forEachMatch(Weight weight, Match match) throws IOException {
		for (LeafReaderContext leaf : this.searcher.getIndexReader().leaves()) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			DocIdSetIterator hits = scorer.iterator();
			for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
				if (live == null || live.get(doc)) {
					match.at(leaf.docBase + doc, scorer);
				}
			}
		}
	}

	private interface Match {

		void at(int doc, Scorer scorer) throws IOException;

	}

	/**
	 * Every term of every searched field, with the documents holding it and its boosted
	 * score in each, from Lucene's own term query. The index never changes once built, so
	 * this is done once, here: looking terms up and walking their postings for every
	 * message was most of a search's work. It also keeps Lucene's postings decoding out
	 * of the per-message path, where the JIT spent over ten seconds of a fresh server's
	 * first minute compiling it.
	 */
	private Map<String, Map<String, TermHits>> termHits() throws IOException {
		Map<String, Map<String, TermHits>> byField = new HashMap<>();
		for (Map.Entry<String, Float> field : Map
			.of(TITLE, TITLE_BOOST, TAGS, TAGS_BOOST, ANSWER, ANSWER_BOOST, QUESTION, QUESTION_BOOST)
			.entrySet()) {
			Map<String, TermHits> hits = new HashMap<>();
			Terms terms = MultiTerms.getTerms(this.searcher.getIndexReader(), field.getKey());
			if (terms != null) {
				TermsEnum each = terms.iterator();
				for (BytesRef term = each.next(); term != null; term = each.next()) {
					Term key = new Term(field.getKey(), BytesRef.deepCopyOf(term));
					TermQuery query = new TermQuery(key, TermStates.build(this.searcher, key, true));
					TermHits.Builder scored = new TermHits.Builder();
					forEachMatch(
							this.searcher.createWeight(new BoostQuery(query, field.getValue()), ScoreMode.COMPLETE, 1f),
							scored);
					hits.put(key.text(), scored.build());
				}
			}
			byField.put(field.getKey(), Map.copyOf(hits));
		}
		return Map.copyOf(byField);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * Every entry's score by words and coverage of the message's terms, by entry number.
	 *
	 * @param found whether the words found the entry at all
	 */
	private record EntryScores(String[] ids, double[] scores, double[] coverage, boolean[] found) {

		static final EntryScores NONE = new EntryScores(new String[0], new double[0], new double[0], new boolean[0]);

		private int number(String id) {
			int number = Arrays.binarySearch(this.ids, id);
			return (number >= 0 && this.found[number]) ? number : -1;
		}

		double score(String id) {
			int number = number(id);
			return (number >= 0) ? this.scores[number] : 0.0;
		}

		double coverage(String id) {
			int number = number(id);
			return (number >= 0) ? this.coverage[number] : 0.0;
		}

		/** The best score of the entries found other than this one; zero if none. */
		double bestOtherThan(String id) {
			double best = 0;
			for (int number = 0; number < this.ids.length; number++) {
				if (this.found[number] && !this.ids[number].equals(id)) {
					best = Math.max(best, this.scores[number]);
				}
			}
			return best;
		}

	}

	/**
	 * @param byEntry each entry's score and coverage by words
	 */
	private record Ranking(List<String> ids, List<Double> scores, double gap, double[] features, EntryScores byEntry) {

		static final Ranking EMPTY = new Ranking(List.of(), List.of(), 0, new double[0], EntryScores.NONE);

		// The usual constant of reciprocal-rank fusion; lower ones let one list's first
		// place outweigh the other's agreement.
		private static final int FUSION_RANK = 60;

		// The words' ranking was tuned on residents' questions and leads; the ranking by
		// meaning moves an entry ahead where the words barely separate two, and finds
		// entries that share no word with the message (README, "understanding").
		private static final double MEANING_WEIGHT = 0.5;

		boolean isEmpty() {
			return this.ids.isEmpty();
		}

		/**
		 * This ranking fused with another; the features describe the fused first entry by
		 * words, as the confidence model was fitted on (zero score and coverage when the
		 * words did not find it).
		 */
		Ranking fusedWith(List<String> byMeaning) {
			Map<String, Double> fused = new HashMap<>();
			for (int i = 0; i < this.ids.size(); i++) {
				fused.merge(this.ids.get(i), 1.0 / (FUSION_RANK + i + 1), Double::sum);
			}
			for (int i = 0; i < byMeaning.size(); i++) {
				fused.merge(byMeaning.get(i), MEANING_WEIGHT / (FUSION_RANK + i + 1), Double::sum);
			}
			List<Map.Entry<String, Double>> ranked = new ArrayList<>(fused.entrySet());
			ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()));
			List<String> ids = ranked.stream().map(Map.Entry::getKey).toList();
			List<Double> values = ranked.stream().map(Map.Entry::getValue).toList();
			String first = ids.get(0);
			double score = this.byEntry.score(first);
			double other = this.byEntry.bestOtherThan(first);
			double gap = (score > 0) ? Math.max(0, (score - other) / score) : 0;
			double[] features = (this.features.length == 0) ? new double[] { 0, 0, 0, 1, 0 } : this.features.clone();
			features[0] = this.byEntry.coverage(first);
			features[1] = gap;
			features[2] = Math.log1p(score);
			return new Ranking(ids, values, gap, features, this.byEntry);
		}

	}

}
