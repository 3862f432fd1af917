package org.civicline.conversation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.civicline.faq.FaqEntries;
import org.civicline.faq.FaqEntry;
import org.civicline.nlp.TextClassifier;
import org.civicline.nlp.TextClassifierTrainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The intent and service classifier, trained at start from {@code intents/} and from the
 * FAQ's own alternate questions (the {@code faq} examples). It is trained as a lifecycle
 * step, after the FAQ has been imported and before the server takes requests.
 */
@Component
class IntentModel implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IntentModel.class);

	private static final int FAQ_EXAMPLES_PER_ENTRY = 3;

	private static final int SPANISH_FAQ_EXAMPLES_PER_ENTRY = 6;

	private final TextClassifierTrainer trainer;

	private final FaqEntries faq;

	private final ConversationProperties properties;

	private final CountDownLatch trained = new CountDownLatch(1);

	private volatile TextClassifier classifier;

	private final ResourcePatternResolver resources;

	IntentModel(TextClassifierTrainer trainer, FaqEntries faq, ConversationProperties properties,
			ResourcePatternResolver resources) {
		this.trainer = trainer;
		this.resources = resources;
		this.faq = faq;
		this.properties = properties;
	}

	@Override
	public void start() {
		long started = System.nanoTime();
		Map<String, List<String>> examples = new LinkedHashMap<>(
				IntentExamples.read(this.resources, this.properties.intents(), true));
		List<String> faqExamples = new ArrayList<>(examples.getOrDefault(Intent.FAQ, List.of()));
		// A few questions per entry teach what a question looks like; all of them would
		// outweigh every other intent together and pull reports into the FAQ.
		for (FaqEntry entry : this.faq.findAll()) {
			faqExamples
				.addAll(entry.questions().subList(0, Math.min(FAQ_EXAMPLES_PER_ENTRY, entry.questions().size())));
		}
		// Spanish has no other source of questions (English has the residents' wordings
		// staff added over time), so its entries teach with a few more.
		for (FaqEntry entry : this.faq.findAll("es")) {
			faqExamples.addAll(
					entry.questions().subList(0, Math.min(SPANISH_FAQ_EXAMPLES_PER_ENTRY, entry.questions().size())));
		}
		examples.put(Intent.FAQ, faqExamples);
		this.classifier = this.trainer.train(examples);
		this.trained.countDown();
		log.info("Intent model trained on {} examples of {} labels in {} ms",
				examples.values().stream().mapToInt(List::size).sum(), examples.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * How likely each intent is, reports summed over their services, and the likeliest
	 * service.
	 */
	IntentReading read(String text) {
		try {
			this.trained.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the intent model trains", ex);
		}
		return IntentReading.of(this.classifier.probabilities(text));
	}

	@Override
	public void stop() {
	}

	@Override
	public boolean isRunning() {
		return this.classifier != null;
	}

	// Before the web server (which starts in a late phase) and after every bean is ready.
	@Override
	public int getPhase() {
		return 0;
	}

}
