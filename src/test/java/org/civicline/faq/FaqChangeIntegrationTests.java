package org.civicline.faq;

import java.time.Duration;
import java.util.List;

import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.WaitUntil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing an entry reaches the search: the store announces the change inside its
 * transaction and the index rebuilds once it commits.
 */
@CivicLineIntegrationTest
class FaqChangeIntegrationTests {

	@Autowired
	FaqEntries entries;

	@Autowired
	FaqSearch search;

	@Test
	void aSavedEntryIsFoundByTheNextSearch() {
		assertThat(firstHit("when does the zamboni resurface the municipal ice rink")).isNotEqualTo("ice-rink");

		this.entries
			.save(new FaqEntry("ice-rink", "en", "Municipal ice rink hours",
					"The municipal ice rink opens daily; the zamboni resurfaces it every two hours.",
					"The ice rink opens daily; the zamboni resurfaces it every two hours.",
					List.of("ice rink hours", "when is the zamboni out", "skating rink schedule",
							"public skating times", "is the rink open", "ice skating"),
					List.of("ice rink", "skating"), false, List.of()));

		// The index rebuilds after the commit, off the caller's thread: wait for it,
		// within seconds.
		WaitUntil.value("the new entry to answer", Duration.ofSeconds(30),
				() -> firstHit("when does the zamboni resurface the municipal ice rink"), "ice-rink"::equals);
	}

	private String firstHit(String text) {
		List<FaqHit> hits = this.search.search(text).hits();
		return hits.isEmpty() ? null : hits.get(0).id();
	}

}
