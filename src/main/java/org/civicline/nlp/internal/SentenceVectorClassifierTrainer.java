package org.civicline.nlp.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.civicline.nlp.PreparedReadings;
import org.civicline.nlp.SentenceEncoder;
import org.civicline.nlp.VectorClassifier;
import org.civicline.nlp.VectorClassifierTrainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Trains {@link SoftmaxRegression} on the examples' sentence vectors. The build trains it
 * on the shipped examples and the jar carries it with their fingerprint, as it does the
 * word classifier; other examples are trained on at start (a few seconds).
 */
@Component
class SentenceVectorClassifierTrainer implements VectorClassifierTrainer {

	static final String RESOURCE = "prepared/vector-classifier.bin.gz";

	private static final SoftmaxRegression.Settings SETTINGS = SoftmaxRegression.Settings.DEFAULT;

	private final SentenceEncoder encoder;

	private final Shipped shipped;

	private volatile Shipped lastTrained;

	@Autowired
	SentenceVectorClassifierTrainer(SentenceEncoder encoder) {
		this(encoder, shipped());
	}

	SentenceVectorClassifierTrainer(SentenceEncoder encoder, Shipped shipped) {
		this.encoder = encoder;
		this.shipped = shipped;
	}

	@Override
	public VectorClassifier train(Map<String, List<String>> examples) {
		String fingerprint = ShippedClassifier.fingerprint(examples, "softmax " + SETTINGS);
		SoftmaxRegression model;
		if (this.shipped != null && this.shipped.fingerprint().equals(fingerprint)) {
			model = this.shipped.model();
		}
		else {
			List<String> labels = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			examples.forEach((label, each) -> each.forEach((text) -> {
				labels.add(label);
				texts.add(text);
			}));
			List<float[]> vectors = texts.parallelStream().map(this.encoder::learn).toList();
			model = SoftmaxRegression.train(labels, vectors, SETTINGS);
		}
		this.lastTrained = new Shipped(fingerprint, model);
		return model::probabilities;
	}

	Shipped lastTrained() {
		return this.lastTrained;
	}

	/** A trained model with the fingerprint of what it learned from. */
	record Shipped(String fingerprint, SoftmaxRegression model) {

		void save(Path file) throws IOException {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(file);
					DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
				data.writeUTF(this.fingerprint);
				this.model.write(data);
			}
		}

		static Shipped read(InputStream in) throws IOException {
			DataInputStream data = new DataInputStream(new GZIPInputStream(in));
			String fingerprint = data.readUTF();
			return new Shipped(fingerprint, SoftmaxRegression.read(data));
		}

	}

	private static Shipped shipped() {
		if (!PreparedReadings.usePrepared()) {
			return null;
		}
		try (InputStream in = SentenceVectorClassifierTrainer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return (in != null) ? Shipped.read(in) : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The shipped vector classifier in " + RESOURCE + " cannot be read", ex);
		}
	}

}
