package org.civicline.faq.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.civicline.faq.FaqEntry;
import org.civicline.nlp.SentenceEncoder;

/**
 * The FAQ's questions by meaning: each entry's title and alternate questions as sentence
 * vectors in Lucene {@link KnnFloatVectorField}s, searched by nearest neighbours (HNSW),
 * so an entry is found by a message that shares none of its words ("my street is a
 * skating rink" finds the salt and sanding entry).
 */
final class FaqVectorIndex {

	static final FaqVectorIndex NONE = new FaqVectorIndex();

	private static final String VECTOR = "vector";

	private static final String ID = "id";

	// Neighbouring questions read per search: enough to rank ten entries when one entry's
	// questions crowd the top.
	private static final int NEIGHBOURS = 40;

	private final IndexSearcher searcher;

	private final String[] entryOfDocument;

	private FaqVectorIndex() {
		this.searcher = null;
		this.entryOfDocument = new String[0];
	}

	FaqVectorIndex(List<FaqEntry> entries, SentenceEncoder encoder) {
		List<String[]> questions = new ArrayList<>();
		for (FaqEntry entry : entries) {
			questions.add(new String[] { entry.id(), entry.title() });
			entry.questions().forEach((question) -> questions.add(new String[] { entry.id(), question }));
		}
		List<float[]> vectors = questions.parallelStream().map((question) -> encoder.learn(question[1])).toList();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (int i = 0; i < questions.size(); i++) {
				Document document = new Document();
				document.add(new StoredField(ID, questions.get(i)[0]));
				// Sentence vectors have length 1, so the dot product is their cosine.
				document.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
				writer.addDocument(document);
			}
			writer.forceMerge(1);
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
			this.searcher.setQueryCache(null);
			this.entryOfDocument = new String[this.searcher.getIndexReader().maxDoc()];
			for (int doc = 0; doc < this.entryOfDocument.length; doc++) {
				this.entryOfDocument[doc] = this.searcher.storedFields().document(doc).get(ID);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Entries by the cosine similarity of their closest question to the vector, closest
	 * first.
	 */
	Map<String, Double> nearest(float[] vector) {
		Map<String, Double> entries = new LinkedHashMap<>();
		if (this.searcher == null || vector == null) {
			return entries;
		}
		try {
			for (ScoreDoc hit : this.searcher.search(new KnnFloatVectorQuery(VECTOR, vector, NEIGHBOURS),
					NEIGHBOURS).scoreDocs) {
				// Lucene scores a dot product as (1 + cosine) / 2.
				entries.putIfAbsent(this.entryOfDocument[hit.doc], 2.0 * hit.score - 1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

}
