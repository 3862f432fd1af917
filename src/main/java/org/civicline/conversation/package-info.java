/**
 * Conversation: reads every message from every channel, decides what the resident needs
 * (answer, ask which of two answers they meant, or say honestly that it cannot help) and
 * keeps each resident's dialogue state.
 * {@link org.civicline.conversation.Conversations#analyze} is the side-effect-free half
 * that evaluation runs call.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation",
		allowedDependencies = { "nlp", "faq", "tickets", "emergency" })
package org.civicline.conversation;
