package org.civicline.conversation;

import java.util.List;

/** The engine every channel talks to. */
public interface Conversations {

	/**
	 * Answers a resident's message and moves their dialogue on.
	 * @throws UnacceptableMessage when the text is empty, too long or not text
	 */
	Reply handle(InboundMessage message);

	/**
	 * Reads a message as {@link #handle} would, with no side effect: no dialogue state,
	 * no ticket.
	 * @throws UnacceptableMessage when the text is empty, too long or not text
	 */
	Analysis analyze(String text, String language);

	/**
	 * As {@link #analyze(String, String)}, with or without the reading by meaning (the
	 * sentence encoder): evaluation runs both to show what each adds.
	 * @throws UnacceptableMessage when the text is empty, too long or not text
	 */
	Analysis analyze(String text, String language, boolean byMeaning);

	/** Residents waiting for a call back from staff, oldest first. */
	List<CallbackRequest> openCallbacks();

	/**
	 * Sends staff's answer to the resident of an open request, on the channel they used
	 * ({@link StaffReplied}); false when there is no such open request.
	 */
	boolean answerCallback(long id, String text, String staff);

	/** What residents asked over the last {@code period}, for staff's dashboard. */
	ConversationStatistics statistics(java.time.Duration period);

	/**
	 * Deletes what the city holds about a channel address: conversation state, call-back
	 * requests, transcripts, inbound texts, alert subscriptions (the consent ledger keeps
	 * its entries, the address hashed) and rate-limit rows; tickets stay, as city
	 * records, without the reporter's contact. Audited.
	 * @return how many rows were deleted or cleared
	 */
	int erase(String channel, String sender, String actor);

	/** Closes the request; false when there is no such open request. */
	boolean closeCallback(long id, String staff);

}
