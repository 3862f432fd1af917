package org.civicline.nlp.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import org.civicline.nlp.PreparedReadings;

/**
 * A classifier trained by the build on the shipped intents and FAQ, with the fingerprint
 * of the examples it learned from. A start whose examples have the same fingerprint uses
 * it instead of training again; any other examples (an edited FAQ question, a city's own
 * intents) are trained on at start as before.
 *
 * @param fingerprint what the classifier was trained on, and how
 * @param classifier the trained weights
 */
record ShippedClassifier(String fingerprint, LinearClassifier<String, String> classifier) {

	static final String RESOURCE = "prepared/intent-classifier.bin";

	// Written first, so that a file of another layout is refused rather than misread.
	private static final int FORMAT = 0x43_4c_43_31;

	/** The classifier the build shipped in the jar, or {@code null}. */
	static ShippedClassifier shipped() {
		if (!PreparedReadings.usePrepared()) {
			return null;
		}
		try (InputStream in = ShippedClassifier.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return (in != null) ? read(in) : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The shipped classifier in " + RESOURCE + " cannot be read", ex);
		}
	}

	/**
	 * Reads what {@link #save} wrote. The weights are read as one block: Java's object
	 * serialization of the same classifier took a third of a second of a start.
	 */
	static ShippedClassifier read(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
		if (data.readInt() != FORMAT) {
			throw new IOException("Not a shipped classifier, or one of an earlier format");
		}
		String fingerprint = data.readUTF();
		Index<String> labels = new HashIndex<>(strings(data));
		Index<String> features = new HashIndex<>(strings(data));
		byte[] block = new byte[Math.multiplyExact(Math.multiplyExact(features.size(), labels.size()), Double.BYTES)];
		data.readFully(block);
		DoubleBuffer values = ByteBuffer.wrap(block).asDoubleBuffer();
		double[][] weights = new double[features.size()][labels.size()];
		for (double[] row : weights) {
			values.get(row);
		}
		return new ShippedClassifier(fingerprint, new LinearClassifier<>(weights, features, labels));
	}

	private static List<String> strings(DataInputStream data) throws IOException {
		int count = data.readInt();
		if (count < 0) {
			throw new IOException("Not a shipped classifier: a negative count");
		}
		List<String> strings = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			strings.add(data.readUTF());
		}
		return strings;
	}

	void save(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file);
				DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
			data.writeInt(FORMAT);
			data.writeUTF(this.fingerprint);
			writeStrings(data, this.classifier.labelIndex().objectsList());
			writeStrings(data, this.classifier.featureIndex().objectsList());
			double[][] weights = this.classifier.weights();
			ByteBuffer row = ByteBuffer.allocate(this.classifier.labelIndex().size() * Double.BYTES);
			for (double[] featureWeights : weights) {
				row.clear();
				row.asDoubleBuffer().put(featureWeights);
				data.write(row.array());
			}
		}
	}

	private static void writeStrings(DataOutputStream data, List<String> strings) throws IOException {
		data.writeInt(strings.size());
		for (String string : strings) {
			data.writeUTF(string);
		}
	}

	/**
	 * Every label and example in order, with the training settings: the same fingerprint
	 * means the same training.
	 */
	static String fingerprint(Map<String, List<String>> examples, String settings) {
		List<String> parts = new ArrayList<>();
		parts.add(settings);
		examples.forEach((label, texts) -> {
			parts.add("label " + label);
			texts.forEach((text) -> parts.add("example " + text));
		});
		return PreparedReadings.fingerprint(parts);
	}

}
