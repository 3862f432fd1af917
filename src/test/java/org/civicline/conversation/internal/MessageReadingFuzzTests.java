package org.civicline.conversation.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.civicline.tickets.ServiceDefinition;

/**
 * The readers every resident's text meets before the classifiers (safety patterns, the
 * erasure and status requests, the call-back request, the details a report's intake takes
 * from the words) answer any text, never an error. The inputs kept under
 * {@code MessageReadingFuzzTestsInputs} replay in every build; {@code JAZZER_FUZZ=1}
 * fuzzes for new ones.
 */
class MessageReadingFuzzTests {

	private static final List<ServiceDefinition.Attribute> DETAILS = List.of(
			new ServiceDefinition.Attribute("vehicle", "Which vehicle?", true, List.of()),
			new ServiceDefinition.Attribute("source", "What is making the noise?", true,
					List.of("music or party", "construction", "dog", "car alarm", "other")),
			new ServiceDefinition.Attribute("size", "How big?", false, List.of("small", "medium", "large")));

	@FuzzTest(maxDuration = "2m")
	void anyTextIsReadWithoutAnError(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		SafetyRules.check(text);
		Erasure.asks(text);
		StatusReplies.asksByNumber(text);
		CallbackRequests.asks(text);
		for (ServiceDefinition.Attribute detail : DETAILS) {
			DetailFinder.find(detail, text);
		}
	}

}
