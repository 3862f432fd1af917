package org.civicline.faq.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqMatches;
import org.civicline.nlp.TextNormalizer;

/**
 * An immutable Lucene index of the FAQ, built from the store and replaced whole on change
 * (a city FAQ has hundreds of entries, so a rebuild takes milliseconds and needs no
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

	private static final String KIND = "kind";

	private static final String ID = "id";

	// What residents ask is the strongest evidence, then how staff titled the entry, then
	// the answer.
	private static final String QUESTION = "question";

	private static final String TITLE = "title";

	private static final String TAGS = "tags";

	private static final String ANSWER = "answer";

	private static final float QUESTION_BOOST = 3.0f;

	private static final float TITLE_BOOST = 2.0f;

	private static final float TAGS_BOOST = 1.5f;

	private static final float ANSWER_BOOST = 0.6f;

	private final TextNormalizer normalizer;

	private final Map<String, FaqEntry> entries = new HashMap<>();

	// Terms by which a resident would name the entry, and terms only its answer mentions.
	private final Map<String, Set<String>> askedTerms = new HashMap<>();

	private final Map<String, Set<String>> answerTerms = new HashMap<>();

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	private final SpellingCorrector spelling;

	private final IndexSearcher searcher;

	FaqIndex(List<FaqEntry> entries, TextNormalizer normalizer) {
		this.normalizer = normalizer;
		Set<String> vocabulary = new HashSet<>(normalizer.synonymVocabulary());
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (FaqEntry entry : entries) {
				index(entry, writer, vocabulary);
			}
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.spelling = new SpellingCorrector(vocabulary);
	}

	private void index(FaqEntry entry, IndexWriter writer, Set<String> vocabulary) throws IOException {
		this.entries.put(entry.id(), entry);
		Set<String> asked = new HashSet<>();
		Document document = new Document();
		document.add(new StringField(KIND, "entry", Field.Store.NO));
		document.add(new StringField(ID, entry.id(), Field.Store.YES));
		document.add(new TextField(TITLE, terms(entry.title(), vocabulary, asked), Field.Store.NO));
		document.add(new TextField(TAGS, terms(String.join(" , ", entry.tags()), vocabulary, asked), Field.Store.NO));
		Set<String> answered = new HashSet<>();
		document.add(new TextField(ANSWER, terms(entry.shortAnswer() + "\n" + entry.answer(), vocabulary, answered),
				Field.Store.NO));
		writer.addDocument(document);
		for (String question : entry.questions()) {
			Document questionDocument = new Document();
			questionDocument.add(new StringField(KIND, "question", Field.Store.NO));
			questionDocument.add(new StringField(ID, entry.id(), Field.Store.YES));
			questionDocument.add(new TextField(QUESTION, terms(question, vocabulary, asked), Field.Store.NO));
			writer.addDocument(questionDocument);
		}
		answered.removeAll(asked);
		this.askedTerms.put(entry.id(), asked);
		this.answerTerms.put(entry.id(), answered);
		Set<String> all = new HashSet<>(asked);
		all.addAll(answered);
		all.forEach((term) -> this.documentFrequency.merge(term, 1, Integer::sum));
	}

	private String terms(String text, Set<String> vocabulary, Set<String> collected) {
		List<String> lemmas = this.normalizer.lemmas(text);
		vocabulary.addAll(lemmas);
		List<String> terms = lemmas.stream().map(this.normalizer::canonical).toList();
		collected.addAll(terms);
		return String.join(" ", terms);
	}

	FaqMatches search(String text) {
		List<String> terms = queryTerms(text);
		if (terms.isEmpty() || this.entries.isEmpty()) {
			return FaqMatches.NONE;
		}
		Map<String, Double> scores = new HashMap<>();
		collect(entryQuery(terms), "entry", scores, false);
		collect(fieldQuery(QUESTION, terms, QUESTION_BOOST), "question", scores, true);
		List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
		ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		if (ranked.isEmpty()) {
			return FaqMatches.NONE;
		}
		double top = ranked.get(0).getValue();
		double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
		double confidence = coverage(terms, ranked.get(0).getKey());
		List<FaqHit> hits = new ArrayList<>();
		for (Map.Entry<String, Double> candidate : ranked.subList(0, Math.min(MAX_HITS, ranked.size()))) {
			hits.add(new FaqHit(this.entries.get(candidate.getKey()), round(confidence * candidate.getValue() / top)));
		}
		return new FaqMatches(hits, round(confidence), round((top - second) / top));
	}

	/**
	 * The message's terms, misspellings corrected towards words the corpus or synonym
	 * lists know.
	 */
	List<String> queryTerms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		for (String lemma : this.normalizer.lemmas(text)) {
			terms.add(this.normalizer.canonical(this.spelling.correct(lemma)));
		}
		return List.copyOf(terms);
	}

	/**
	 * How much of what the resident wrote the first entry accounts for, each term
	 * weighted by how rare it is in the FAQ: a message whose rare words the entry never
	 * mentions is not answered by it, however well its common words match.
	 */
	private double coverage(List<String> terms, String id) {
		int n = this.entries.size();
		double total = 0;
		double covered = 0;
		for (String term : terms) {
			double idf = Math.log(1 + (n + 0.5) / (this.documentFrequency.getOrDefault(term, 0) + 0.5));
			total += idf;
			if (this.askedTerms.get(id).contains(term)) {
				covered += idf;
			}
			else if (this.answerTerms.get(id).contains(term)) {
				covered += idf * 0.5;
			}
		}
		return total == 0 ? 0 : covered / total;
	}

	private Query entryQuery(List<String> terms) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(fieldQuery(TITLE, terms, TITLE_BOOST), Occur.SHOULD);
		query.add(fieldQuery(TAGS, terms, TAGS_BOOST), Occur.SHOULD);
		query.add(fieldQuery(ANSWER, terms, ANSWER_BOOST), Occur.SHOULD);
		return query.build();
	}

	private static Query fieldQuery(String field, List<String> terms, float boost) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms) {
			query.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
		}
		return new BoostQuery(query.build(), boost);
	}

	private void collect(Query query, String kind, Map<String, Double> scores, boolean bestOnly) {
		BooleanQuery filtered = new BooleanQuery.Builder().add(query, Occur.MUST)
			.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER)
			.build();
		try {
			Map<String, Double> found = new HashMap<>();
			for (ScoreDoc hit : this.searcher.search(filtered, 200).scoreDocs) {
				String id = this.searcher.storedFields().document(hit.doc).get(ID);
				found.merge(id, (double) hit.score, bestOnly ? Math::max : Double::sum);
			}
			found.forEach((id, score) -> scores.merge(id, score, Double::sum));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
