package org.civicline.webchat.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web chat's settings, under {@code civicline.webchat}.
 *
 * @param allowedOrigins the city sites allowed to embed the widget and call the chat API
 * from a browser (CORS and CSP {@code frame-ancestors}), e.g.
 * {@code https://www.springfield.gov} or {@code https://*.springfield.gov}; the same
 * wildcards mean the same in both. CivicLine's own pages are always allowed
 * @param sessionMessagesPerMinute how many messages one chat session may send a minute
 * @param addressMessagesPerMinute how many messages one IP address may send a minute (a
 * library's shared address is several residents)
 * @param historySize how many of a session's latest lines the widget is given back
 * @param streamTimeout how long one event stream stays open before the browser reconnects
 * @param maxStreams open event streams this instance keeps at most
 */
@ConfigurationProperties("civicline.webchat")
record WebChatProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("20") int sessionMessagesPerMinute,
		@DefaultValue("120") int addressMessagesPerMinute, @DefaultValue("200") int historySize,
		@DefaultValue("5m") Duration streamTimeout, @DefaultValue("10000") int maxStreams) {

}
