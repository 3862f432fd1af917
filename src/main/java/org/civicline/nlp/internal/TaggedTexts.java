package org.civicline.nlp.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.civicline.nlp.PreparedReadings;

/**
 * What the tokenizer and tagger made of each text the city wrote (FAQ entries, training
 * and unanswerable examples): its words, and the lemma of each. The build tags the
 * shipped corpus once ({@code prepare}) and the jar carries the result, so a start reads
 * those texts again only where they changed: tagging them is most of a start's work.
 */
final class TaggedTexts {

	static final String RESOURCE = "prepared/tagged-texts.bin";

	// Written first, so that a file of another layout is refused rather than misread.
	private static final int FORMAT = 0x54_54_58_31;

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
		DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
		if (data.readInt() != FORMAT) {
			throw new IOException("Not a file of tagged texts, or one of an earlier format");
		}
		int count = data.readInt();
		Map<String, Tagging> lemmas = new HashMap<>(Math.max(16, count * 2));
		for (int i = 0; i < count; i++) {
			String text = readString(data);
			List<String> words = readStrings(data);
			List<String> lemmasOfWords = readStrings(data);
			if (words.size() != lemmasOfWords.size()) {
				throw new IOException("A text's words and lemmas do not match: " + text);
			}
			lemmas.put(text, new Tagging(words, lemmasOfWords));
		}
		return new TaggedTexts(lemmas, false);
	}

	// Lengths are ints, not writeUTF's 64 KB: a FAQ answer may be longer.
	private static String readString(DataInputStream data) throws IOException {
		int length = data.readInt();
		if (length < 0) {
			throw new IOException("Not a file of tagged texts: a negative length");
		}
		byte[] bytes = new byte[length];
		data.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static List<String> readStrings(DataInputStream data) throws IOException {
		int count = data.readInt();
		if (count < 0) {
			throw new IOException("Not a file of tagged texts: a negative count");
		}
		String[] strings = new String[count];
		for (int i = 0; i < count; i++) {
			strings[i] = readString(data);
		}
		return List.of(strings);
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
				DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
			List<Map.Entry<String, Tagging>> entries = new ArrayList<>(this.taggings.entrySet());
			entries.sort(Map.Entry.comparingByKey());
			data.writeInt(FORMAT);
			data.writeInt(entries.size());
			for (Map.Entry<String, Tagging> entry : entries) {
				writeString(data, entry.getKey());
				writeStrings(data, entry.getValue().words());
				writeStrings(data, entry.getValue().lemmas());
			}
		}
	}

	private static void writeString(DataOutputStream data, String string) throws IOException {
		byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
		data.writeInt(bytes.length);
		data.write(bytes);
	}

	private static void writeStrings(DataOutputStream data, List<String> strings) throws IOException {
		data.writeInt(strings.size());
		for (String string : strings) {
			writeString(data, string);
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
