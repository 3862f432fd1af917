package org.civicline.nlp.internal;

import org.civicline.nlp.SentenceEncoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MiniLmSentenceEncoderTests {

	static final MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder(new KnownVectors());

	@Test
	void givesVectorsOfLengthOne() {
		float[] vector = encoder.encode("there is a pothole on main street");
		assertThat(vector).hasSize(encoder.dimensions());
		assertThat(SentenceEncoder.similarity(vector, vector)).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void placesTextsThatMeanTheSameCloserThanTextsThatShareWords() {
		float[] wire = encoder.encode("a power line came down and it is throwing sparks");
		float[] electric = encoder.encode("live electrical cable on the ground");
		float[] line = encoder.encode("the line at the DMV was long");
		assertThat(SentenceEncoder.similarity(wire, electric)).isGreaterThan(SentenceEncoder.similarity(wire, line));
	}

	@Test
	void remembersTheVectorsOfTheCitysTextsButNotOfResidentsMessages() {
		KnownVectors known = new KnownVectors();
		MiniLmSentenceEncoder remembering = new MiniLmSentenceEncoder(known);
		remembering.learn("how do i get rid of an old couch");
		remembering.encode("my neighbour's couch has been on the curb for weeks");
		assertThat(known.size()).isEqualTo(1);
		assertThat(known.get("how do i get rid of an old couch")).isNotNull();
	}

}
