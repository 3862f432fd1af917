package org.civicline.conversation.internal;

import org.civicline.faq.FaqMatches;

/**
 * Where a message goes.
 *
 * @param intent the routing outcome
 * @param service the service of a report, else {@code null}
 * @param confidence how sure the router is of the intent, in [0,1]
 * @param faq what the FAQ search found (always searched, so an answer can follow any
 * route)
 * @param reading what the classifiers read
 * @param byMeaning whether the message was read by meaning too
 */
record Route(String intent, String service, double confidence, FaqMatches faq, IntentReading reading,
		boolean byMeaning) {
}
