package org.civicline.nlp.internal;

import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;

import org.civicline.nlp.SentenceEncoder;

import org.springframework.stereotype.Component;

/**
 * The sentence encoder: texts the city wrote from the vectors the build shipped, anything
 * else through the model. The model is loaded on a thread of its own from the start of
 * the application, beside the rest of the start, and a text that needs it meanwhile
 * waits.
 */
@Component
class MiniLmSentenceEncoder implements SentenceEncoder {

	private final CompletableFuture<OnnxSentenceEncoder> model;

	private final KnownVectors known;

	MiniLmSentenceEncoder() {
		this(KnownVectors.shipped());
	}

	MiniLmSentenceEncoder(KnownVectors known) {
		this.known = known;
		this.model = CompletableFuture.supplyAsync(OnnxSentenceEncoder::new, (task) -> {
			Thread loader = new Thread(task, "sentence-encoder-load");
			loader.setDaemon(true);
			loader.start();
		});
	}

	@Override
	public int dimensions() {
		return OnnxSentenceEncoder.DIMENSIONS;
	}

	@Override
	public float[] encode(String text) {
		float[] vector = this.known.get(text);
		return (vector != null) ? vector : this.model.join().encode(text);
	}

	@Override
	public float[] learn(String text) {
		float[] vector = this.known.get(text);
		if (vector == null) {
			vector = this.model.join().encode(text);
			this.known.remember(text, vector);
		}
		return vector;
	}

	KnownVectors known() {
		return this.known;
	}

	@PreDestroy
	void close() {
		this.model.thenAccept(OnnxSentenceEncoder::close);
	}

}
