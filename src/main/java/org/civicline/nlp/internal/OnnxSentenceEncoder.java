package org.civicline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * all-MiniLM-L6-v2 (quantized to 8 bits), a six-layer sentence encoder, run by ONNX
 * Runtime on the CPU: the mean of its last layer over the text's tokens, scaled to length
 * 1, as the model was trained to be used. The model and its vocabulary come from a Maven
 * Central artifact, inside the jar; nothing is downloaded.
 */
final class OnnxSentenceEncoder implements AutoCloseable {

	static final String MODEL = "all-minilm-l6-v2-q.onnx";

	static final String VOCABULARY = "all-minilm-l6-v2-q-tokenizer.json";

	static final int DIMENSIONS = 384;

	// Resident messages are a few dozen tokens (median 25 in the evaluation set); a
	// longer
	// one is read by its beginning, where residents say what happened, which bounds one
	// encoding's work: it grows with the tokens, about 0.35 ms each on the README's
	// machine.
	static final int MAX_TOKENS = 64;

	private final OrtEnvironment environment = OrtEnvironment.getEnvironment();

	private final OrtSession session;

	private final Set<String> inputs;

	private final WordPieceTokenizer tokenizer;

	OnnxSentenceEncoder() {
		this.tokenizer = WordPieceTokenizer.fromTokenizerJson(resource(VOCABULARY));
		try (InputStream model = resource(MODEL); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			// One thread per encoding: requests are already spread over the cores, and a
			// text split over both cores waits for the other request on each.
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			// ONNX Runtime's arena keeps the largest buffers any text ever needed, per
			// thread that ran it: a few hundred megabytes under load, for a saving of
			// microseconds.
			options.setCPUArenaAllocator(false);
			options.setMemoryPatternOptimization(false);
			this.session = this.environment.createSession(model.readAllBytes(), options);
			this.inputs = this.session.getInputNames();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the sentence encoder's model", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime cannot load the sentence encoder", ex);
		}
	}

	private static InputStream resource(String name) {
		InputStream in = OnnxSentenceEncoder.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("The sentence encoder's " + name + " is not on the classpath");
		}
		return in;
	}

	float[] encode(String text) {
		long[] ids = this.tokenizer.ids(text, MAX_TOKENS);
		long[] ones = new long[ids.length];
		Arrays.fill(ones, 1);
		long[] zeros = new long[ids.length];
		Map<String, OnnxTensor> feed = new HashMap<>();
		try {
			feed.put("input_ids", OnnxTensor.createTensor(this.environment, new long[][] { ids }));
			feed.put("attention_mask", OnnxTensor.createTensor(this.environment, new long[][] { ones }));
			if (this.inputs.contains("token_type_ids")) {
				feed.put("token_type_ids", OnnxTensor.createTensor(this.environment, new long[][] { zeros }));
			}
			try (OrtSession.Result result = this.session.run(feed)) {
				float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
				return meanOfLength1(tokens);
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException("The sentence encoder failed on a text", ex);
		}
		finally {
			feed.values().forEach(OnnxTensor::close);
		}
	}

	private static float[] meanOfLength1(float[][] tokens) {
		float[] mean = new float[DIMENSIONS];
		for (float[] token : tokens) {
			for (int i = 0; i < DIMENSIONS; i++) {
				mean[i] += token[i];
			}
		}
		double norm = 0;
		for (float value : mean) {
			norm += value * value;
		}
		float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
		for (int i = 0; i < DIMENSIONS; i++) {
			mean[i] *= scale;
		}
		return mean;
	}

	@Override
	public void close() {
		try {
			this.session.close();
		}
		catch (OrtException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
