package org.civicline.faq.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.civicline.faq.FaqEntry;

/**
 * The yardstick: what Lucene does out of the box (standard analyzer, BM25, one text field
 * of questions and answer per entry). Evaluation runs print it beside the engine.
 */
final class BaselineFaqIndex {

	private final StandardAnalyzer analyzer = new StandardAnalyzer();

	private final IndexSearcher searcher;

	BaselineFaqIndex(List<FaqEntry> entries) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
			for (FaqEntry entry : entries) {
				Document document = new Document();
				document.add(new StringField("id", entry.id(), Field.Store.YES));
				document.add(new TextField("text", String.join("\n", entry.questions()) + "\n" + entry.answer(),
						Field.Store.NO));
				writer.addDocument(document);
			}
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<String> search(String text, int max) {
		try {
			QueryParser parser = new QueryParser("text", this.analyzer);
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : this.searcher.search(parser.parse(QueryParser.escape(text)), max).scoreDocs) {
				ids.add(this.searcher.storedFields().document(hit.doc).get("id"));
			}
			return ids;
		}
		catch (ParseException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
