package org.civicline.nlp.internal;

import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CoreNLP's part-of-speech tagger and lemmatizer, whose model takes about a second of
 * processor time to load. It is loaded once, on a thread of its own, when it is first
 * asked for: a start whose texts the build already tagged does not need it, so the
 * service asks for it only shortly after it is ready ({@link ModelLoadsAfterStart}), and
 * a message that needs it meanwhile waits for the load.
 */
final class TaggerModel {

	private final Properties settings;

	private volatile CompletableFuture<StanfordCoreNLP> loading;

	TaggerModel() {
		this.settings = new Properties();
		this.settings.setProperty("annotators", "pos,lemma");
		this.settings.setProperty("enforceRequirements", "false");
		this.settings.setProperty("pos.maxlen", "120");
	}

	/** Starts the load, unless it has started; completes when the model is loaded. */
	CompletableFuture<StanfordCoreNLP> load() {
		CompletableFuture<StanfordCoreNLP> started = this.loading;
		if (started == null) {
			synchronized (this) {
				if (this.loading == null) {
					this.loading = CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(this.settings), (task) -> {
						Thread loader = new Thread(task, "tagger-model-load");
						loader.setDaemon(true);
						loader.start();
					});
				}
				started = this.loading;
			}
		}
		return started;
	}

	/** The loaded tagger, waiting for the load if needed. */
	StanfordCoreNLP get() {
		return load().join();
	}

	boolean started() {
		return this.loading != null;
	}

}
