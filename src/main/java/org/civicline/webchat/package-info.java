/**
 * Web chat: the embeddable widget ({@code /widget.js}), the demo city page at {@code /},
 * and the chat API behind them: one message at a time over plain HTTP, a stream of new
 * messages (Server-Sent Events) for every tab of a session, the history kept on the
 * server, ticket status updates and residents' feedback on answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web chat",
		allowedDependencies = { "conversation", "tickets" })
package org.civicline.webchat;
