package org.civicline.faq.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.civicline.faq.FaqEntry;
import org.civicline.faq.FaqHit;
import org.civicline.faq.FaqMatches;
import org.civicline.nlp.TextNormalizer;
import org.civicline.nlp.internal.CoreNlpTextNormalizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaqIndexTests {

	static final TextNormalizer normalizer = new CoreNlpTextNormalizer();

	static final List<FaqEntry> entries = List.of(
			entry("bulky-furniture", "Throwing away furniture and mattresses",
					"Couches, mattresses and bed frames go out with regular trash on your collection day.",
					List.of("how do i get rid of an old couch", "mattress disposal",
							"can i put a bed frame out with trash", "dresser pickup", "who takes away big furniture",
							"throw out a recliner"),
					List.of("furniture", "mattress")),
			entry("trash-collection-day", "Finding your trash collection day",
					"Trash and recycling are collected weekly. Look up your day by address.",
					List.of("when is trash day", "what day is garbage collected on my street", "pickup schedule",
							"which day do they empty the bins", "when should i put my trash out",
							"collection calendar"),
					List.of("trash", "schedule")),
			entry("towed-vehicle", "Finding a towed car",
					"Call the tow lot at 555-013-0100 to find out whether your car was towed and how to get it back.",
					List.of("my car is gone", "where is the tow lot", "how do i get my car back from impound",
							"was my vehicle towed", "car missing after street cleaning", "retrieve a towed auto"),
					List.of("tow", "car")),
			entry("needle-disposal", "Found needles and syringes",
					"Do not touch a needle with bare hands. Report needles on public property and we pick them up.",
					List.of("there is a needle in the park", "found a syringe on the sidewalk",
							"sharps on the playground", "used needles near my house", "who picks up needles",
							"how to get rid of a syringe i found"),
					List.of("needle", "syringe")));

	private final FaqIndex index = new FaqIndex(entries, normalizer,
			List.of(normalizer.lemmas("what is the weather tomorrow"), normalizer.lemmas("tell me a joke"),
					normalizer.lemmas("book me a flight to paris"), normalizer.lemmas("best pizza near me"),
					normalizer.lemmas("who won the game last night"), normalizer.lemmas("set an alarm for 7")));

	@Test
	void findsAnEntryThroughASynonymItsTextNeverUses() {
		assertThat(first("where do I dump an old sofa")).isEqualTo("bulky-furniture");
		assertThat(first("rubbish collection day")).isEqualTo("trash-collection-day");
	}

	@Test
	void leavesOutWhatTheIndexByMeaningFindsThatTheFaqNoLongerHas() {
		Map<String, Double> byMeaning = new LinkedHashMap<>();
		byMeaning.put("removed-entry", 0.9);
		byMeaning.put("towed-vehicle", 0.8);

		FaqMatches matches = this.index.search("my car vanished overnight", byMeaning);

		assertThat(matches.hits()).extracting(FaqHit::id).doesNotContain("removed-entry");
		assertThat(matches.hits().get(0).entry().id()).isEqualTo("towed-vehicle");
	}

	@Test
	void toleratesMisspellings() {
		assertThat(first("wher is the impond lot")).isEqualTo("towed-vehicle");
		assertThat(first("syrringe on my steps")).isEqualTo("needle-disposal");
	}

	@Test
	void aRareWordTheMessageSharesWithAnEntryOutweighsCommonOnes() {
		assertThat(first("please pick up the needle in front of my house")).isEqualTo("needle-disposal");
	}

	@Test
	void ranksEveryCandidateWithScoresThatNeverRise() {
		FaqMatches matches = this.index.search("trash pickup for my couch");
		assertThat(matches.hits()).hasSizeBetween(2, FaqIndex.MAX_HITS);
		assertThat(matches.hits()).extracting(FaqHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(matches.hits()).allSatisfy((hit) -> assertThat(hit.score()).isBetween(0.0, 1.0));
	}

	@Test
	void isFarLessConfidentAboutAMessageTheFaqCannotAnswer() {
		double answerable = this.index.search("how do i get my car back from the tow lot").confidence();
		double unanswerable = this.index.search("what time does the football game start").confidence();
		assertThat(answerable).isGreaterThan(0.5);
		assertThat(unanswerable).isLessThan(answerable / 2);
	}

	@Test
	void findsNothingForAMessageOfStopWords() {
		assertThat(this.index.search("is it the one?")).isEqualTo(FaqMatches.NONE);
	}

	@Test
	void answersAMessageWithMoreWordsThanLuceneTakesInOneQuery() {
		// Every word is in all four fields: unbounded, a query would have 4 x 300
		// clauses, past Lucene's 1,024.
		String words = String.join(" ", IntStream.range(0, 300).mapToObj(FaqIndexTests::madeUpWord).toList());
		FaqIndex index = new FaqIndex(List.of(entry("long-words", words, words, List.of(words), List.of(words))),
				normalizer, List.of());

		assertThat(index.search(words).hits()).extracting(FaqHit::id).containsExactly("long-words");
	}

	private static String madeUpWord(int n) {
		return "zq" + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26) + "x";
	}

	private String first(String text) {
		return this.index.search(text).hits().get(0).id();
	}

	static FaqEntry entry(String id, String title, String answer, List<String> questions, List<String> tags) {
		return new FaqEntry(id, "en", title, answer, answer, questions, tags, false, List.of());
	}

}
