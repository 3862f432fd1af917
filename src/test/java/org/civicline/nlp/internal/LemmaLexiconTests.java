package org.civicline.nlp.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LemmaLexiconTests {

	@Test
	void givesALemmaTheTaggerNearlyAlwaysGave() {
		LemmaLexicon lexicon = new LemmaLexicon(100);
		for (int i = 0; i < 9; i++) {
			lexicon.learn("cleaning", "cleaning");
		}
		lexicon.learn("cleaning", "clean");
		assertThat(lexicon.lemma("cleaning")).isEqualTo("cleaning");
	}

	@Test
	void givesALemmaThatCameLaterWhenItOvertakesTheFirst() {
		LemmaLexicon lexicon = new LemmaLexicon(100);
		lexicon.learn("parked", "parked");
		for (int i = 0; i < 8; i++) {
			lexicon.learn("parked", "park");
			assertThat(lexicon.lemma("parked")).isNull();
		}
		lexicon.learn("parked", "park");
		assertThat(lexicon.lemma("parked")).isEqualTo("park");
	}

	@Test
	void givesNoneWhenTheSentenceDecides() {
		LemmaLexicon lexicon = new LemmaLexicon(100);
		for (int i = 0; i < 4; i++) {
			lexicon.learn("left", "leave");
		}
		lexicon.learn("left", "left");
		assertThat(lexicon.known("left")).isTrue();
		assertThat(lexicon.lemma("left")).isNull();
		assertThat(lexicon.lemma("never-seen")).isNull();
	}

	@Test
	void stopsLearningNewWordsWhenFullButKeepsCountingKnownOnes() {
		LemmaLexicon lexicon = new LemmaLexicon(1);
		lexicon.learn("pothole", "pothole");
		lexicon.learn("potholes", "pothole");
		lexicon.learn("pothole", "pot");
		assertThat(lexicon.size()).isEqualTo(1);
		assertThat(lexicon.known("potholes")).isFalse();
		assertThat(lexicon.lemma("pothole")).isNull();
	}

	@Test
	void readsAWordTheSentenceDecidesByTheNeighbourThatSettledIt() {
		LemmaLexicon lexicon = new LemmaLexicon(100);
		lexicon.learn("cleaning", "street", "schedule", "cleaning");
		lexicon.learn("cleaning", "street", "", "cleaning");
		lexicon.learn("cleaning", "is", "the", "clean");
		lexicon.learn("cleaning", "", "the", "clean");

		assertThat(lexicon.lemma("cleaning")).isNull();
		assertThat(lexicon.lemma("cleaning", "street", "tomorrow")).isEqualTo("cleaning");
		assertThat(lexicon.lemma("cleaning", "crew", "the")).isEqualTo("clean");
		assertThat(lexicon.lemma("cleaning", "crew", "tomorrow")).as("neither neighbour seen").isNull();
		assertThat(lexicon.lemma("cleaning", "street", "the")).as("neighbours disagree").isNull();
	}

}
