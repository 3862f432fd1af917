package org.civicline.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

import org.civicline.faq.FaqEntries;
import org.civicline.faq.FaqEntry;
import org.civicline.nlp.SentenceEncoder;
import org.civicline.nlp.VectorClassifier;
import org.civicline.nlp.VectorClassifierTrainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The engine's second view of a message, by meaning rather than words: a classifier over
 * sentence vectors trained on the same {@code intents/} examples as the word classifier
 * and on every FAQ question (one label an entry), and the examples themselves, to tell
 * how close a message comes to an emergency, a crisis, or anything the city handles.
 */
@Component
class MeaningModel implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MeaningModel.class);

	private final SentenceEncoder encoder;

	private final VectorClassifierTrainer trainer;

	private final FaqEntries faq;

	private final ConversationProperties properties;

	private final CountDownLatch trained = new CountDownLatch(1);

	private volatile VectorClassifier classifier;

	private volatile Examples examples;

	private volatile Map<String, Double> serviceWeights = Map.of();

	private final MeaningProperties meaning;

	MeaningModel(SentenceEncoder encoder, VectorClassifierTrainer trainer, FaqEntries faq,
			ConversationProperties properties, MeaningProperties meaning) {
		this.encoder = encoder;
		this.trainer = trainer;
		this.faq = faq;
		this.properties = properties;
		this.meaning = meaning;
	}

	@Override
	public void start() {
		try {
			if (this.meaning.enabled()) {
				train();
			}
		}
		catch (RuntimeException ex) {
			// A machine where ONNX Runtime cannot run (no native library for it) still
			// answers residents, by words alone.
			log.error("Reading by meaning is off: the sentence encoder cannot be used here", ex);
		}
		finally {
			this.trained.countDown();
		}
	}

	private void train() {
		long started = System.nanoTime();
		Map<String, List<String>> labelled = new TreeMap<>(IntentExamples.read(this.properties.intents()));
		for (FaqEntry entry : this.faq.findAll()) {
			List<String> questions = new ArrayList<>();
			questions.add(entry.title());
			questions.addAll(entry.questions());
			labelled.put(IntentExamples.FAQ_PREFIX + entry.id(), questions);
		}
		VectorClassifier classifier = this.trainer.train(labelled);
		this.examples = new Examples(vectors(labelled, Intent.EMERGENCY), vectors(labelled, Intent.CRISIS),
				vectorsBut(labelled, List.of(Intent.EMERGENCY, Intent.CRISIS)),
				vectorsBut(labelled, List.of(Intent.OUT_OF_SCOPE)));
		this.serviceWeights = serviceWeights(labelled, this.meaning.servicePrior());
		this.classifier = classifier;
		log.info("Classifier on meaning ready: {} labels in {} ms", labelled.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * A service's weight is its share of the report examples, relative to the mean share,
	 * to the power of minus {@code prior}: how many examples the team wrote for a service
	 * says nothing of how often residents report it, but a classifier learns it as if it
	 * did.
	 */
	static Map<String, Double> serviceWeights(Map<String, List<String>> labelled, double prior) {
		Map<String, Double> counts = new TreeMap<>();
		labelled.forEach((label, examples) -> {
			if (label.startsWith(IntentExamples.REPORT_PREFIX)) {
				counts.put(label, (double) examples.size());
			}
		});
		double mean = counts.values().stream().mapToDouble(Double::doubleValue).average().orElse(1);
		counts.replaceAll((label, count) -> Math.pow(count / mean, -prior));
		return Map.copyOf(counts);
	}

	Map<String, Double> serviceWeights() {
		return this.serviceWeights;
	}

	private float[][] vectors(Map<String, List<String>> labelled, String label) {
		return labelled.getOrDefault(label, List.of())
			.parallelStream()
			.map(this.encoder::learn)
			.toArray(float[][]::new);
	}

	private float[][] vectorsBut(Map<String, List<String>> labelled, List<String> left) {
		return labelled.entrySet()
			.stream()
			.filter((entry) -> !left.contains(entry.getKey()))
			.flatMap((entry) -> entry.getValue().stream())
			.distinct()
			.toList()
			.parallelStream()
			.map(this.encoder::learn)
			.toArray(float[][]::new);
	}

	/**
	 * The message read by meaning: its vector, classified, and its nearest examples;
	 * {@code null} when reading by meaning is off.
	 */
	Meaning read(String text) {
		try {
			this.trained.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the classifier on meaning trains", ex);
		}
		if (this.classifier == null) {
			return null;
		}
		float[] vector = this.encoder.encode(text);
		Examples known = this.examples;
		return new Meaning(vector, this.classifier.probabilities(vector), nearest(known.emergency(), vector),
				nearest(known.crisis(), vector), nearest(known.safe(), vector), nearest(known.inScope(), vector));
	}

	private static double nearest(float[][] examples, float[] vector) {
		double best = -1;
		for (float[] example : examples) {
			best = Math.max(best, SentenceEncoder.similarity(example, vector));
		}
		return best;
	}

	private record Examples(float[][] emergency, float[][] crisis, float[][] safe, float[][] inScope) {
	}

	@Override
	public void stop() {
	}

	@Override
	public boolean isRunning() {
		return this.trained.getCount() == 0;
	}

	@Override
	public int getPhase() {
		return 0;
	}

}
