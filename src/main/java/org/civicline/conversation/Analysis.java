package org.civicline.conversation;

import java.util.List;

/**
 * How the engine reads a message, without acting on it.
 *
 * @param intent the routing outcome ({@code faq}, {@code out_of_scope}, ...)
 * @param service the Open311 service code of a report, or {@code null}
 * @param faq the FAQ entries that could answer it, best first, at most five
 * @param confidence how sure the engine is of {@code intent}, in [0,1]
 */
public record Analysis(String intent, String service, List<Candidate> faq, double confidence) {

	public Analysis {
		faq = List.copyOf(faq);
	}

	/** An FAQ entry that could answer the message, scored in [0,1]. */
	public record Candidate(String id, double score) {
	}

}
