package org.civicline.nlp.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.civicline.nlp.SentenceEncoder;

import org.springframework.stereotype.Component;

/**
 * The sentence encoder: texts the city wrote from the vectors the build shipped, anything
 * else through the model. The model (about half a second of processor time) is loaded on
 * a thread of its own shortly after the service is ready ({@link ModelLoadsAfterStart}),
 * or when a text first needs it: a start whose texts the build encoded does not, and
 * would share the cores with it. A text that needs it meanwhile waits. Residents'
 * messages are encoded one at a time on a thread of their own: the encoder then never
 * takes more than one core from the rest of the server, and ONNX Runtime's native buffers
 * stay those of one thread instead of growing with every request thread that ran it.
 */
@Component
class MiniLmSentenceEncoder implements SentenceEncoder {

	private volatile CompletableFuture<OnnxSentenceEncoder> model;

	private final KnownVectors known;

	private final ExecutorService residents = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "sentence-encoder");
		thread.setDaemon(true);
		return thread;
	});

	MiniLmSentenceEncoder() {
		this(KnownVectors.shipped());
	}

	MiniLmSentenceEncoder(KnownVectors known) {
		this.known = known;
	}

	/**
	 * Starts loading the model, unless it has started. When the service asks:
	 * {@link ModelLoadsAfterStart}.
	 * @return the load, done once the model is in or cannot be loaded
	 */
	CompletableFuture<?> load() {
		return model();
	}

	private CompletableFuture<OnnxSentenceEncoder> model() {
		CompletableFuture<OnnxSentenceEncoder> loading = this.model;
		if (loading == null) {
			synchronized (this) {
				if (this.model == null) {
					this.model = CompletableFuture.supplyAsync(OnnxSentenceEncoder::new, (task) -> {
						Thread loader = new Thread(task, "sentence-encoder-load");
						loader.setDaemon(true);
						loader.start();
					});
				}
				loading = this.model;
			}
		}
		return loading;
	}

	@Override
	public int dimensions() {
		return OnnxSentenceEncoder.DIMENSIONS;
	}

	@Override
	public float[] encode(String text) {
		float[] vector = this.known.get(text);
		if (vector != null) {
			return vector;
		}
		OnnxSentenceEncoder loaded = model().join();
		try {
			return this.residents.submit(() -> loaded.encode(text)).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while a message was encoded", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The sentence encoder failed on a message", ex.getCause());
		}
	}

	@Override
	public float[] learn(String text) {
		float[] vector = this.known.get(text);
		if (vector == null) {
			vector = model().join().encode(text);
			this.known.remember(text, vector);
		}
		return vector;
	}

	@Override
	public float[] learnAsShipped(String text) {
		return KnownVectors.asShipped(learn(text));
	}

	KnownVectors known() {
		return this.known;
	}

	@PreDestroy
	void close() {
		this.residents.shutdownNow();
		CompletableFuture<OnnxSentenceEncoder> loading = this.model;
		if (loading != null) {
			loading.thenAccept(OnnxSentenceEncoder::close);
		}
	}

}
