package org.civicline.nlp.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How residents' split words and SMS shorthand are read before tagging. */
class WordListsTests {

	final WordLists words = WordLists.load();

	@Test
	void aSplitWordIsJoinedHoweverItIsSplitOrCapitalised() {
		assertThat(this.words.expandShorthand("Pot-Hole on Main St")).isEqualTo("pothole on Main street");
		assertThat(this.words.expandShorthand("two pot  holes and a street light out"))
			.isEqualTo("two potholes and a streetlight out");
	}

	@Test
	void aPhraseInsideALongerWordIsLeftAlone() {
		assertThat(this.words.expandShorthand("spot hole")).isEqualTo("spot hole");
		assertThat(this.words.expandShorthand("pot holed")).isEqualTo("pot holed");
	}

	@Test
	void shorthandIsSpelledOutAndEverythingElseKeptAsWritten() {
		assertThat(this.words.expandShorthand("pls fix it 2morrow, thx!")).contains("please").doesNotContain("pls");
		String plain = "When is trash pickup this week?";
		assertThat(this.words.expandShorthand(plain)).isSameAs(plain);
	}

}
