package org.civicline.conversation.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.civicline.faq.FaqMatches;
import org.civicline.faq.FaqSearch;

import org.springframework.stereotype.Component;

/**
 * The routing policy: safety first, always; then the classifier's intent, with the FAQ
 * search's calibrated confidence as a second opinion on whether a message is a question
 * the FAQ answers.
 */
@Component
class Router {

	private static final Pattern QUESTION = Pattern.compile("\\?|(?i)^\\s*(how|what|when|where|why|who|which|whose|can|"
			+ "could|do|does|is|are|will|would|should|may|am i|i need to know|i want to know)\\b");

	private final FaqSearch faq;

	private final IntentModel intents;

	private final ConversationProperties properties;

	Router(FaqSearch faq, IntentModel intents, ConversationProperties properties) {
		this.faq = faq;
		this.intents = intents;
		this.properties = properties;
	}

	Route route(String text) {
		FaqMatches matches = this.faq.search(text);
		IntentReading reading = this.intents.read(text);
		Optional<String> danger = SafetyRules.check(text);
		if (danger.isPresent()) {
			return new Route(danger.get(), null, 1.0, matches, reading);
		}
		for (String safety : new String[] { Intent.EMERGENCY, Intent.CRISIS }) {
			if (reading.probability(safety) >= this.properties.safetyProbability()) {
				return new Route(safety, null, reading.probability(safety), matches, reading);
			}
		}
		String intent = reading.top();
		double probability = reading.probability(intent);
		double report = reading.probability(Intent.REPORT);
		// A message the FAQ cannot answer that reads much like a report is offered as
		// one: the resident confirms before anything is filed.
		if ((Intent.FAQ.equals(intent) || Intent.OUT_OF_SCOPE.equals(intent))
				&& report >= this.properties.reportProbability()
				&& matches.confidence() < this.properties.answerConfidence()) {
			intent = Intent.REPORT;
			probability = report;
		}
		// A question the FAQ answers with high confidence is answered, whatever else it
		// resembles. A statement that reads as a report ("no resident sticker") stays
		// one:
		// it matches the FAQ's words but tells of a problem rather than asking.
		double faqEvidence = Math.max(reading.probability(Intent.FAQ), matches.confidence());
		boolean reportedNotAsked = Intent.REPORT.equals(intent) && !QUESTION.matcher(text).find()
				&& report >= this.properties.statementReportProbability();
		if ((Intent.REPORT.equals(intent) || Intent.OUT_OF_SCOPE.equals(intent)) && !reportedNotAsked
				&& matches.confidence() >= this.properties.faqOverrideConfidence() && faqEvidence > probability) {
			intent = Intent.FAQ;
			probability = faqEvidence;
		}
		if (Intent.FAQ.equals(intent) && matches.confidence() < this.properties.clarifyConfidence()
				&& reading.probability(Intent.FAQ) < this.properties.faqProbability()) {
			intent = Intent.OUT_OF_SCOPE;
			probability = 1 - matches.confidence();
		}
		String service = Intent.REPORT.equals(intent) ? reading.service() : null;
		return new Route(intent, service, probability, matches, reading);
	}

}
