package org.civicline.conversation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.core.io.support.ResourcePatternResolver;
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

	private final ResourcePatternResolver resources;

	MeaningModel(SentenceEncoder encoder, VectorClassifierTrainer trainer, FaqEntries faq,
			ConversationProperties properties, MeaningProperties meaning, ResourcePatternResolver resources) {
		this.encoder = encoder;
		this.resources = resources;
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
		Map<String, List<String>> labelled = new TreeMap<>(
				IntentExamples.read(this.resources, this.properties.intents(), false));
		for (FaqEntry entry : this.faq.findAll()) {
			List<String> questions = new ArrayList<>();
			questions.add(entry.title());
			questions.addAll(entry.questions());
			labelled.put(IntentExamples.FAQ_PREFIX + entry.id(), questions);
		}
		VectorClassifier classifier = this.trainer.train(labelled);
		this.examples = examples(labelled);
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

	// Each example once, with the groups its labels put it in: a message is compared with
	// every example in one pass, not once for each group (the safe and in-scope groups
	// share nearly all of them).
	private Examples examples(Map<String, List<String>> labelled) {
		Map<String, Integer> groups = new LinkedHashMap<>();
		labelled.forEach((label, texts) -> {
			int group = (Intent.EMERGENCY.equals(label)) ? Examples.EMERGENCY
					: (Intent.CRISIS.equals(label)) ? Examples.CRISIS : Examples.SAFE;
			if (!Intent.OUT_OF_SCOPE.equals(label)) {
				group |= Examples.IN_SCOPE;
			}
			for (String text : texts) {
				groups.merge(text, group, (a, b) -> a | b);
			}
		});
		List<String> texts = List.copyOf(groups.keySet());
		float[][] vectors = texts.parallelStream().map(this.encoder::learn).toArray(float[][]::new);
		return new Examples(vectors, texts.stream().mapToInt(groups::get).toArray());
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
		double[] nearest = this.examples.nearest(vector);
		return new Meaning(vector, this.classifier.probabilities(vector), nearest[0], nearest[1], nearest[2],
				nearest[3]);
	}

	/**
	 * Every example's vector, and the groups it belongs to (bits: emergency, crisis,
	 * safe, in scope).
	 */
	private record Examples(float[][] vectors, int[] groups) {

		static final int EMERGENCY = 1;

		static final int CRISIS = 2;

		static final int SAFE = 4;

		static final int IN_SCOPE = 8;

		/**
		 * The similarity of the closest example of each group, in the order of the bits.
		 */
		double[] nearest(float[] vector) {
			double[] best = { -1, -1, -1, -1 };
			for (int i = 0; i < this.vectors.length; i++) {
				double similarity = SentenceEncoder.similarity(this.vectors[i], vector);
				for (int group = 0; group < best.length; group++) {
					if ((this.groups[i] & (1 << group)) != 0 && similarity > best[group]) {
						best[group] = similarity;
					}
				}
			}
			return best;
		}

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
