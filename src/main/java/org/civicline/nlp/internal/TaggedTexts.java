package org.civicline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.civicline.nlp.PreparedReadings;

/**
 * What the tokenizer and tagger made of each text the city wrote (FAQ entries, training
 * and unanswerable examples): its words, and the lemma of each. The build tags the
 * shipped corpus once ({@code prepare}) and the jar carries the result, so a start reads
 * those texts again only where they changed: tagging them is most of a start's work.
 */
final class TaggedTexts {

	static final String RESOURCE = "prepared/tagged-texts.ser.gz";

	// A bound for the build's run, which reads only the shipped corpus.
	private static final int CAPACITY = 100_000;

	private final Map<String, Tagging> taggings = new ConcurrentHashMap<>();

	// Only the build's run keeps what the tagger read, to save it: a server would keep
	// every draft staff try.
	private final boolean remembering;

	private TaggedTexts(Map<String, Tagging> taggings, boolean remembering) {
		this.taggings.putAll(taggings);
		this.remembering = remembering;
	}

	/** None yet, and every text tagged from now on is remembered to be saved. */
	static TaggedTexts none() {
		return new TaggedTexts(Map.of(), true);
	}

	/**
	 * The taggings the build shipped in the jar (none when there are none), adding none:
	 * unless this is the build's own run, which starts from nothing and keeps all it
	 * tags.
	 */
	static TaggedTexts shipped() {
		if (!PreparedReadings.usePrepared()) {
			return none();
		}
		try (InputStream in = TaggedTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return (in != null) ? read(in) : new TaggedTexts(Map.of(), false);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The shipped taggings in " + RESOURCE + " cannot be read", ex);
		}
	}

	static TaggedTexts read(InputStream in) throws IOException {
		try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
			int count = objects.readInt();
			Map<String, Tagging> lemmas = new HashMap<>(count * 2);
			for (int i = 0; i < count; i++) {
				String text = (String) objects.readObject();
				List<String> words = List.of((String[]) objects.readObject());
				List<String> lemmasOfWords = List.of((String[]) objects.readObject());
				if (words.size() != lemmasOfWords.size()) {
					throw new IOException("A text's words and lemmas do not match: " + text);
				}
				lemmas.put(text, new Tagging(words, lemmasOfWords));
			}
			return new TaggedTexts(lemmas, false);
		}
		catch (ClassNotFoundException | ClassCastException ex) {
			throw new IOException("Not a file of tagged texts", ex);
		}
	}

	/** What the tagger made of the text, or {@code null} when it never read it. */
	Tagging tagging(String text) {
		return this.taggings.get(text);
	}

	void remember(String text, Tagging tagging) {
		if (this.remembering && this.taggings.size() < CAPACITY) {
			this.taggings.put(text, tagging);
		}
	}

	void save(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file);
				ObjectOutputStream objects = new ObjectOutputStream(new GZIPOutputStream(out))) {
			List<Map.Entry<String, Tagging>> entries = new ArrayList<>(this.taggings.entrySet());
			entries.sort(Map.Entry.comparingByKey());
			objects.writeInt(entries.size());
			for (Map.Entry<String, Tagging> entry : entries) {
				objects.writeObject(entry.getKey());
				objects.writeObject(entry.getValue().words().toArray(String[]::new));
				objects.writeObject(entry.getValue().lemmas().toArray(String[]::new));
			}
		}
	}

	/**
	 * A text's tokens as written, after shorthand was expanded, and the lemma the tagger
	 * gave each.
	 */
	record Tagging(List<String> words, List<String> lemmas) {

		Tagging {
			words = List.copyOf(words);
			lemmas = List.copyOf(lemmas);
		}

	}

}
