package org.civicline.faq;

import java.util.List;

/**
 * What the FAQ search found for one message.
 *
 * @param hits best first, at most five
 * @param confidence how likely the first hit answers the message, in [0,1]
 * @param gap how far the first hit stands ahead of the second, in [0,1] (1 when alone)
 */
public record FaqMatches(List<FaqHit> hits, double confidence, double gap) {

	public static final FaqMatches NONE = new FaqMatches(List.of(), 0, 0);

	public FaqMatches {
		hits = List.copyOf(hits);
	}

}
