package org.civicline.nlp.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Loads the tagger's and the encoder's models in the background, a little after the
 * service is ready rather than at once. A start's first answers run cold code and are its
 * slowest; loading the models beside them took the other core and doubled the first
 * answer's time (0.3 s to 0.7 s on 2 cores). A message that needs a model sooner loads it
 * at once and waits for it, as before. A tagger that cannot load takes the instance out
 * of service: its readiness turns to refusing traffic. Once both have loaded (or failed
 * to), the heap is fitted to what the service keeps ({@link HeapAfterModelLoads}).
 */
@Component
class ModelLoadsAfterStart {

	private static final Logger logger = LoggerFactory.getLogger(ModelLoadsAfterStart.class);

	// Time for the first answers, and still before a restarted instance of a city's line
	// has usually seen many messages.
	static final Duration AFTER_READY = Duration.ofSeconds(2);

	private final CoreNlpTextNormalizer normalizer;

	private final MiniLmSentenceEncoder encoder;

	// The application's scheduler: its pending tasks are dropped when the application
	// stops, so a stopped one does not load models.
	private final TaskScheduler scheduler;

	private final HeapAfterModelLoads heap;

	@Autowired
	ModelLoadsAfterStart(CoreNlpTextNormalizer normalizer, MiniLmSentenceEncoder encoder, TaskScheduler scheduler) {
		this(normalizer, encoder, scheduler, HeapAfterModelLoads.ofThisJvm());
	}

	ModelLoadsAfterStart(CoreNlpTextNormalizer normalizer, MiniLmSentenceEncoder encoder, TaskScheduler scheduler,
			HeapAfterModelLoads heap) {
		this.normalizer = normalizer;
		this.encoder = encoder;
		this.scheduler = scheduler;
		this.heap = heap;
	}

	@EventListener(ApplicationReadyEvent.class)
	void scheduleOnceReady(ApplicationReadyEvent ready) {
		ApplicationContext context = ready.getApplicationContext();
		this.scheduler.schedule(() -> load(context), Instant.now().plus(AFTER_READY));
	}

	private void load(ApplicationContext context) {
		CompletableFuture<?> tagger = this.normalizer.loadTagger().whenComplete((loaded, failure) -> {
			if (failure != null) {
				logger.error("The part-of-speech tagger's model did not load; refusing traffic", failure);
				AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
			}
		});
		CompletableFuture.allOf(tagger, this.encoder.load()).whenComplete((loaded, failure) -> this.heap.fit());
	}

}
