package org.civicline.faq;

import java.util.List;

/**
 * One staff-approved answer.
 *
 * @param id stable key; evaluation sets and staff links name it, so it never changes
 * @param language BCP 47 language tag of the text
 * @param title short plain-language title, also offered in "did you mean" choices
 * @param answer the full answer (Markdown)
 * @param shortAnswer the answer in one SMS segment
 * @param questions how residents ask for this answer, in their own words
 * @param tags keywords staff filter by
 * @param emergency whether the entry belongs to emergency preparedness
 * @param hazards the hazards the entry is pinned for ({@code all} for any), empty
 * otherwise
 */
public record FaqEntry(String id, String language, String title, String answer, String shortAnswer,
		List<String> questions, List<String> tags, boolean emergency, List<String> hazards) {

	public FaqEntry {
		questions = List.copyOf(questions);
		tags = List.copyOf(tags);
		hazards = List.copyOf(hazards);
	}

}
