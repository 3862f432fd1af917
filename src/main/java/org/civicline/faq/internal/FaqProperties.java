package org.civicline.faq.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param corpus where the seed corpus is read from: a {@code classpath:} location (the
 * copy inside the jar) or a {@code file:} folder
 * @param importOnStart whether entries of the corpus missing from the store are added at
 * start
 * @param unanswerable messages the FAQ must not answer, for the confidence model
 * @param refreshInterval how often the store is checked for changes published on another
 * instance
 */
@ConfigurationProperties("civicline.faq")
record FaqProperties(@DefaultValue("classpath:faq-corpus/") String corpus, @DefaultValue("true") boolean importOnStart,
		@DefaultValue( {
				"classpath:intents/out_of_scope.txt", "classpath:intents/smalltalk.txt" }) List<String> unanswerable,
		@DefaultValue("500ms") Duration refreshInterval){
}
