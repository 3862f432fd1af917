package org.civicline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import edu.stanford.nlp.classify.LinearClassifier;
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

	static final String RESOURCE = "prepared/intent-classifier.ser.gz";

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

	@SuppressWarnings("unchecked")
	static ShippedClassifier read(InputStream in) throws IOException {
		try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
			String fingerprint = (String) objects.readObject();
			return new ShippedClassifier(fingerprint, (LinearClassifier<String, String>) objects.readObject());
		}
		catch (ClassNotFoundException | ClassCastException ex) {
			throw new IOException("Not a shipped classifier", ex);
		}
	}

	void save(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file);
				ObjectOutputStream objects = new ObjectOutputStream(new GZIPOutputStream(out))) {
			objects.writeObject(this.fingerprint);
			objects.writeObject(this.classifier);
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
