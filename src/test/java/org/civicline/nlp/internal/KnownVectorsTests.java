package org.civicline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.civicline.nlp.SentenceEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KnownVectorsTests {

	@Test
	void savedVectorsReadBackWithinAThousandthOfTheirCosine(@TempDir Path folder) throws IOException {
		KnownVectors known = new KnownVectors();
		float[] vector = new float[OnnxSentenceEncoder.DIMENSIONS];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) Math.sin(i * 0.37);
		}
		double norm = Math.sqrt(SentenceEncoder.similarity(vector, vector));
		for (int i = 0; i < vector.length; i++) {
			vector[i] /= norm;
		}
		known.remember("when is trash day", vector);
		Path file = folder.resolve("vectors.bin.gz");
		known.save(file);
		KnownVectors read = new KnownVectors();
		try (InputStream in = Files.newInputStream(file)) {
			read.read(in);
		}
		assertThat(SentenceEncoder.similarity(read.get("when is trash day"), vector)).isCloseTo(1.0, within(1e-3));
		assertThat(read.get("something else")).isNull();
	}

	@Test
	void aVectorAsShippedIsBitForBitTheOneAStartReads(@TempDir Path folder) throws IOException {
		KnownVectors known = new KnownVectors();
		Random random = new Random(3);
		float[][] vectors = new float[50][OnnxSentenceEncoder.DIMENSIONS];
		for (int v = 0; v < vectors.length; v++) {
			for (int i = 0; i < vectors[v].length; i++) {
				vectors[v][i] = (float) (random.nextGaussian() / 20);
			}
			known.remember("text " + v, vectors[v]);
		}
		Path file = folder.resolve("vectors.bin.gz");
		known.save(file);
		KnownVectors read = new KnownVectors();
		try (InputStream in = Files.newInputStream(file)) {
			read.read(in);
		}
		for (int v = 0; v < vectors.length; v++) {
			assertThat(KnownVectors.asShipped(vectors[v])).containsExactly(read.get("text " + v));
		}
	}

}
