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

}
