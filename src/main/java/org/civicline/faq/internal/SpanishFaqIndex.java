package org.civicline.faq.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
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

/**
 * The FAQ in Spanish, searched with BM25 over each entry's Spanish title, questions and
 * answer. Spanish words are folded to their stems and without accents ("recogen",
 * "recogida", "recolección" meet; "camión" and "camion" are one), since residents type
 * accents as often as not.
 *
 * <p>
 * How sure a hit is comes from how much of the message the entry's own title and
 * questions cover and how far it stands ahead of the next one: a message whose words are
 * mostly the entry's is answered, one that shares a word or two is offered, or left.
 */
final class SpanishFaqIndex {

	private static final int MAX_HITS = 5;

	private static final CharArraySet STOP_WORDS = folded(SpanishAnalyzer.getDefaultStopSet());

	private final Analyzer analyzer = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new ASCIIFoldingFilter(stream);
			stream = new StopFilter(stream, STOP_WORDS);
			return new TokenStreamComponents(source, new SpanishLightStemFilter(stream));
		}
	};

	private final List<FaqEntry> entries;

	private final List<Set<String>> covered = new ArrayList<>();

	private final Directory directory = new ByteBuffersDirectory();

	private final IndexSearcher searcher;

	SpanishFaqIndex(List<FaqEntry> entries) {
		this.entries = List.copyOf(entries);
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
			for (int i = 0; i < this.entries.size(); i++) {
				FaqEntry entry = this.entries.get(i);
				Document document = new Document();
				document.add(new StoredField("position", i));
				document.add(new TextField("title", entry.title(), Field.Store.NO));
				for (String question : entry.questions()) {
					document.add(new TextField("question", question, Field.Store.NO));
				}
				document.add(new TextField("answer", entry.answer(), Field.Store.NO));
				writer.addDocument(document);
				Set<String> terms = new HashSet<>(terms(entry.title()));
				entry.questions().forEach((question) -> terms.addAll(terms(question)));
				this.covered.add(terms);
			}
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(this.directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot index the Spanish FAQ", ex);
		}
	}

	FaqMatches search(String text) {
		List<String> terms = terms(text);
		if (terms.isEmpty() || this.entries.isEmpty()) {
			return FaqMatches.NONE;
		}
		try {
			ScoreDoc[] found = this.searcher.search(query(terms), MAX_HITS).scoreDocs;
			if (found.length == 0) {
				return FaqMatches.NONE;
			}
			List<FaqHit> hits = new ArrayList<>();
			for (ScoreDoc doc : found) {
				int position = this.searcher.storedFields()
					.document(doc.doc)
					.getField("position")
					.numericValue()
					.intValue();
				hits.add(new FaqHit(this.entries.get(position), doc.score));
			}
			double best = found[0].score;
			double gap = (found.length > 1) ? (best - found[1].score) / best : 1.0;
			Set<String> covered = this.covered.get(this.entries.indexOf(hits.get(0).entry()));
			double coverage = terms.stream().filter(covered::contains).count() / (double) terms.size();
			return new FaqMatches(hits, confidence(coverage, gap, terms.size()), gap);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A one-word message is never sure ("basura" could be any of six entries); beyond
	 * that, the share of the words the entry's questions hold, discounted when a second
	 * entry scores nearly as well.
	 */
	static double confidence(double coverage, double gap, int words) {
		double lengthFactor = (words == 1) ? 0.6 : 1.0;
		return Math.min(1.0, Math.pow(coverage, 0.75) * lengthFactor * (0.7 + 0.3 * Math.min(1.0, gap * 3)));
	}

	private static Query query(List<String> terms) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : new java.util.LinkedHashSet<>(terms)) {
			query.add(new BoostQuery(new TermQuery(new Term("title", term)), 2.0f), BooleanClause.Occur.SHOULD);
			query.add(new BoostQuery(new TermQuery(new Term("question", term)), 1.5f), BooleanClause.Occur.SHOULD);
			query.add(new BoostQuery(new TermQuery(new Term("answer", term)), 0.3f), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream("question", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static CharArraySet folded(CharArraySet words) {
		CharArraySet folded = new CharArraySet(words.size(), true);
		for (Object word : words) {
			String text = (word instanceof char[] chars) ? new String(chars) : word.toString();
			folded.add(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
		}
		return folded;
	}

}
