package org.civicline.nlp.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.civicline.nlp.PreparedReadings;

/**
 * The vectors of the texts the city wrote (examples, FAQ questions), by text. The build
 * encodes the shipped ones and the jar carries them, eight bits a number: encoding them
 * at start would take longer than the rest of a start, and at this precision a cosine
 * moves by less than 0.001.
 */
final class KnownVectors {

	static final String RESOURCE = "prepared/sentence-vectors.bin.gz";

	// The file says which model made it: vectors of another model are not used.
	private static final String FORMAT = "civicline sentence vectors 1 " + OnnxSentenceEncoder.MODEL;

	// Staff's drafts and a city's own examples are remembered too, up to this many.
	private static final int CAPACITY = 100_000;

	// The longest text kept: an FAQ question or an example, not a paste.
	private static final int MAX_TEXT_BYTES = 8_000;

	private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

	float[] get(String text) {
		return this.vectors.get(text);
	}

	void remember(String text, float[] vector) {
		if (this.vectors.size() < CAPACITY && text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
			this.vectors.put(text, vector);
		}
	}

	int size() {
		return this.vectors.size();
	}

	/** The vectors the build shipped in the jar; none when it shipped none. */
	static KnownVectors shipped() {
		KnownVectors known = new KnownVectors();
		if (!PreparedReadings.usePrepared()) {
			return known;
		}
		try (InputStream in = KnownVectors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in != null) {
				known.read(in);
			}
			return known;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The shipped sentence vectors in " + RESOURCE + " cannot be read", ex);
		}
	}

	void read(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
		if (!FORMAT.equals(data.readUTF())) {
			return;
		}
		int count = data.readInt();
		int dimensions = data.readInt();
		byte[] bytes = new byte[dimensions];
		for (int i = 0; i < count; i++) {
			String text = data.readUTF();
			float scale = data.readFloat();
			data.readFully(bytes);
			float[] vector = new float[dimensions];
			for (int d = 0; d < dimensions; d++) {
				vector[d] = bytes[d] * scale;
			}
			this.vectors.put(text, vector);
		}
	}

	/** The numbers a start reads for this vector once the jar has shipped it. */
	static float[] asShipped(float[] vector) {
		float scale = scale(vector);
		float[] shipped = new float[vector.length];
		for (int d = 0; d < vector.length; d++) {
			shipped[d] = ((byte) Math.round(vector[d] / scale)) * scale;
		}
		return shipped;
	}

	// Eight bits a number: the largest one is 127 steps of the scale.
	private static float scale(float[] vector) {
		float largest = 1e-9f;
		for (float value : vector) {
			largest = Math.max(largest, Math.abs(value));
		}
		return largest / 127;
	}

	void save(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file);
				DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
			data.writeUTF(FORMAT);
			data.writeInt(this.vectors.size());
			data.writeInt(OnnxSentenceEncoder.DIMENSIONS);
			for (Map.Entry<String, float[]> entry : new java.util.TreeMap<>(this.vectors).entrySet()) {
				float[] vector = entry.getValue();
				float scale = scale(vector);
				data.writeUTF(entry.getKey());
				data.writeFloat(scale);
				for (float value : vector) {
					data.writeByte(Math.round(value / scale));
				}
			}
		}
	}

}
