package org.civicline.conversation.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many messages one sender may send on a channel in a window before the engine stops
 * answering. SMS and web chat keep limits of their own (an SMS opt-out must pass any
 * limit; web chat counts addresses too), so they are not listed by default.
 *
 * @param limits messages per window by channel ({@code telegram}, {@code discord}); a
 * channel not listed has no limit here
 * @param window the window the messages are counted over
 */
@ConfigurationProperties("civicline.conversation.flood")
record FloodProperties(Map<String, Integer> limits, @DefaultValue("10m") Duration window) {

	FloodProperties {
		limits = (limits != null) ? Map.copyOf(limits) : Map.of();
	}

}
