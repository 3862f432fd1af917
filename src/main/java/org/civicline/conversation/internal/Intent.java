package org.civicline.conversation.internal;

/** The routing outcomes of the evaluation contract. */
final class Intent {

	static final String FAQ = "faq";

	static final String REPORT = "report";

	static final String STATUS = "status";

	static final String SUBSCRIBE = "subscribe";

	static final String UNSUBSCRIBE = "unsubscribe";

	static final String EMERGENCY = "emergency";

	static final String CRISIS = "crisis";

	static final String HUMAN = "human";

	static final String SMALLTALK = "smalltalk";

	static final String OUT_OF_SCOPE = "out_of_scope";

	private Intent() {
	}

}
