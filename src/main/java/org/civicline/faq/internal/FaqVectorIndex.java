package org.civicline.faq.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.civicline.faq.FaqEntry;
import org.civicline.nlp.PreparedReadings;
import org.civicline.nlp.SentenceEncoder;

/**
 * The FAQ's questions by meaning: each entry's title and alternate questions as sentence
 * vectors in Lucene {@link KnnFloatVectorField}s, searched by nearest neighbours (HNSW),
 * so an entry is found by a message that shares none of its words ("my street is a
 * skating rink" finds the salt and sanding entry).
 */
final class FaqVectorIndex {

	static final FaqVectorIndex NONE = new FaqVectorIndex();

	/** Where the jar ships the index of its own FAQ, built by the build's prepare run. */
	static final String RESOURCE = "prepared/faq-vectors.bin";

	private static final String VECTOR = "vector";

	private static final String ID = "id";

	// Neighbouring questions read per search: enough to rank ten entries when one entry's
	// questions crowd the top.
	private static final int NEIGHBOURS = 40;

	private final ByteBuffersDirectory directory;

	private final String fingerprint;

	private final IndexSearcher searcher;

	private final String[] entryOfDocument;

	private FaqVectorIndex() {
		this.directory = null;
		this.fingerprint = null;
		this.searcher = null;
		this.entryOfDocument = new String[0];
	}

	private FaqVectorIndex(ByteBuffersDirectory directory, String fingerprint) throws IOException {
		this.directory = directory;
		this.fingerprint = fingerprint;
		this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		this.searcher.setQueryCache(null);
		this.entryOfDocument = new String[this.searcher.getIndexReader().maxDoc()];
		for (int doc = 0; doc < this.entryOfDocument.length; doc++) {
			this.entryOfDocument[doc] = this.searcher.storedFields().document(doc).get(ID);
		}
	}

	/**
	 * Indexes the vectors of the entries' titles and alternate questions.
	 * @param vectorOf a {@link SentenceEncoder}'s {@code learn}, or
	 * {@code learnAsShipped} for the index the jar ships
	 */
	static FaqVectorIndex build(List<FaqEntry> entries, Function<String, float[]> vectorOf) {
		List<String[]> questions = new ArrayList<>();
		for (FaqEntry entry : entries) {
			questions.add(new String[] { entry.id(), entry.title() });
			entry.questions().forEach((question) -> questions.add(new String[] { entry.id(), question }));
		}
		List<float[]> vectors = questions.parallelStream().map((question) -> vectorOf.apply(question[1])).toList();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try {
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
			}
			return new FaqVectorIndex(directory, fingerprint(entries));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The index the jar ships if it was built from these same questions, or {@code null}:
	 * building the graph of neighbours costs a start about a second of processor time.
	 */
	static FaqVectorIndex shipped(List<FaqEntry> entries) {
		if (!PreparedReadings.usePrepared()) {
			return null;
		}
		try (InputStream in = FaqVectorIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return (in != null) ? read(in, fingerprint(entries)) : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The shipped FAQ vectors in " + RESOURCE + " cannot be read", ex);
		}
	}

	/**
	 * The index saved in the stream if it was built from questions of that fingerprint.
	 */
	static FaqVectorIndex read(InputStream stream, String fingerprint) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
		if (!in.readUTF().equals(fingerprint)) {
			return null;
		}
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		int files = in.readInt();
		for (int i = 0; i < files; i++) {
			String name = in.readUTF();
			byte[] bytes = new byte[in.readInt()];
			in.readFully(bytes);
			try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
				out.writeBytes(bytes, bytes.length);
			}
		}
		return new FaqVectorIndex(directory, fingerprint);
	}

	/** Writes the index's files, under the fingerprint of what it was built from. */
	void save(OutputStream stream) throws IOException {
		if (this.directory == null) {
			throw new IllegalStateException("No FAQ vectors to save: the sentence encoder did not load");
		}
		DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
		out.writeUTF(this.fingerprint);
		String[] files = this.directory.listAll();
		out.writeInt(files.length);
		for (String name : files) {
			try (IndexInput in = this.directory.openInput(name, IOContext.READONCE)) {
				byte[] bytes = new byte[Math.toIntExact(in.length())];
				in.readBytes(bytes, 0, bytes.length);
				out.writeUTF(name);
				out.writeInt(bytes.length);
				out.write(bytes);
			}
		}
		out.flush();
	}

	boolean isEmpty() {
		return this.directory == null;
	}

	/** What the index is built from: every entry's id, title and questions, in order. */
	static String fingerprint(List<FaqEntry> entries) {
		List<String> parts = new ArrayList<>();
		for (FaqEntry entry : entries) {
			parts.add(entry.id());
			parts.add(entry.title());
			parts.add(Integer.toString(entry.questions().size()));
			parts.addAll(entry.questions());
		}
		return PreparedReadings.fingerprint(parts);
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
