package org.civicline.faq.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicline.faq.FaqEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FaqCorpusTests {

	private static final List<FaqEntry> seed = FaqCorpus.read(new PathMatchingResourcePatternResolver(),
			"file:faq-corpus/");

	// GSM 03.38 basic set; the extension characters cost two septets each.
	private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
			+ "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM7_EXTENSION = "^{}\\[~]|€";

	@Test
	void everyEntryHasItsOwnId() {
		Set<String> ids = new HashSet<>();
		assertThat(seed).allSatisfy((entry) -> assertThat(ids.add(entry.id())).as(entry.id()).isTrue());
	}

	@Test
	void everyShortAnswerFitsOneGsm7SmsSegment() {
		assertThat(seed)
			.allSatisfy((entry) -> assertThat(septets(entry.shortAnswer())).as(entry.id()).isBetween(1, 160));
	}

	@Test
	void everyEntryHasAFullAnswerAndAtLeastSixWaysResidentsAsk() {
		assertThat(seed).allSatisfy((entry) -> {
			assertThat(entry.questions()).as(entry.id()).hasSizeGreaterThanOrEqualTo(6);
			assertThat(entry.answer().length()).as(entry.id()).isGreaterThan(entry.shortAnswer().length());
			assertThat(entry.tags()).as(entry.id()).isNotEmpty();
		});
	}

	@Test
	void emergencyEntriesNameTheirHazardsAndOthersNone() {
		assertThat(seed)
			.allSatisfy((entry) -> assertThat(entry.hazards().isEmpty()).as(entry.id()).isEqualTo(!entry.emergency()));
	}

	@Test
	void aFileWithoutFrontMatterIsRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> FaqCorpus.parse("broken.md", "Just an answer."))
			.withMessageContaining("broken.md");
	}

	@Test
	void anEntryWithoutATitleIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FaqCorpus.parse("x.md", "---\nid: x\nshort_answer: y\n---\nBody"))
			.withMessageContaining("title");
	}

	@Test
	@EnabledIfSystemProperty(named = "civicline.shared", matches = ".+")
	void coversEveryTopicIdTheCityAgreedOn() throws IOException {
		Path topics = Path.of(System.getProperty("civicline.shared"), "faq-topics.md");
		Matcher ids = Pattern.compile("(?m)^- `([a-z0-9-]+)`").matcher(Files.readString(topics));
		Set<String> expected = new HashSet<>();
		while (ids.find()) {
			expected.add(ids.group(1));
		}
		assertThat(expected).hasSize(46);
		assertThat(seed).extracting(FaqEntry::id).containsAll(expected);
	}

	private static int septets(String text) {
		int count = 0;
		for (char c : text.toCharArray()) {
			if (GSM7.indexOf(c) >= 0) {
				count += 1;
			}
			else if (GSM7_EXTENSION.indexOf(c) >= 0) {
				count += 2;
			}
			else {
				return Integer.MAX_VALUE;
			}
		}
		return count;
	}

}
