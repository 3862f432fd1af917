package org.civicline.conversation.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.civicline.faq.FaqMatches;
import org.civicline.faq.FaqSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The routing policy: safety first, always; then the classifiers' intent, with the FAQ
 * search's calibrated confidence as a second opinion on whether a message is a question
 * the FAQ answers. The word classifier reads every message; a message it is unsure of, or
 * that could be about a life at risk, is read by meaning too (the sentence encoder), and
 * the two readings are mixed.
 */
@Component
class Router {

	private static final Logger log = LoggerFactory.getLogger(Router.class);

	private static final Pattern QUESTION = Pattern
		.compile("\\?|¿|(?i)^\\s*(how|what|when|where|why|who|which|whose|can|"
				+ "could|do|does|is|are|will|would|should|may|am i|i need to know|i want to know|qu[eé]|c[oó]mo|"
				+ "cu[aá]ndo|d[oó]nde|cu[aá]l|qui[eé]n|por qu[eé]|puedo|se puede|hay que|necesito saber|quiero saber)\\b");

	private final FaqSearch faq;

	private final IntentModel intents;

	private final MeaningModel meanings;

	private final ConversationProperties properties;

	private final MeaningProperties meaning;

	private final EncoderBudget budget;

	private final Counter byMeaning;

	private final Counter overBudget;

	Router(FaqSearch faq, IntentModel intents, MeaningModel meanings, ConversationProperties properties,
			MeaningProperties meaning, MeterRegistry meters) {
		this.faq = faq;
		this.intents = intents;
		this.meanings = meanings;
		this.properties = properties;
		this.meaning = meaning;
		this.budget = new EncoderBudget(meaning.processorShare(), Runtime.getRuntime().availableProcessors());
		this.byMeaning = Counter.builder("civicline.understanding.by.meaning")
			.description("Messages read by meaning (the sentence encoder) beside their words")
			.register(meters);
		this.overBudget = Counter.builder("civicline.understanding.over.budget")
			.description("Messages the word classifier was unsure of, read by words alone: the encoder's share of "
					+ "the processors was spent")
			.register(meters);
	}

	Route route(String text) {
		return route(text, true);
	}

	/**
	 * @param byMeaning whether the reading by meaning may join in ({@code false}: words
	 * only, as evaluation compares)
	 */
	Route route(String text, boolean byMeaning) {
		return route(text, "en", byMeaning);
	}

	/**
	 * @param language the language the message is read in: Spanish is searched in the
	 * Spanish FAQ, and read by words alone (the sentence encoder knows English only; the
	 * word classifier learned both languages' examples)
	 */
	Route route(String text, String language, boolean byMeaning) {
		boolean english = !"es".equals(language);
		IntentReading words = this.intents.read(text);
		FaqMatches matches = english ? this.faq.search(text) : this.faq.search(text, language);
		Optional<String> danger = SafetyRules.check(text);
		if (danger.isPresent()) {
			return new Route(danger.get(), null, 1.0, matches, words, false);
		}
		Meaning read = (english && byMeaning && this.meaning.enabled() && unsure(words, matches))
				? readByMeaning(text, words) : null;
		IntentReading reading = words;
		IntentReading meaningAlone = null;
		if (read != null) {
			meaningAlone = IntentReading.of(read.labels());
			reading = IntentReading.mix(words.labels(), read.labels(), this.meaning.weight(),
					this.meanings.serviceWeights());
			matches = this.faq.search(text, read.vector());
			Optional<String> close = closeToSafety(read);
			if (close.isPresent()) {
				return new Route(close.get(), null, Math.max(read.emergency(), read.crisis()), matches, reading, true);
			}
		}
		for (String safety : new String[] { Intent.EMERGENCY, Intent.CRISIS }) {
			double probability = safetyProbability(safety, words, meaningAlone);
			double bar = (read != null) ? this.meaning.safetyProbability() : this.properties.safetyProbability();
			if (probability >= bar) {
				return new Route(safety, null, probability, matches, reading, read != null);
			}
		}
		if (read != null && read.inScope() < this.meaning.outOfScopeSimilarity()) {
			return new Route(Intent.OUT_OF_SCOPE, null, 1 - read.inScope(), matches, reading, true);
		}
		return policy(text, reading, matches, read != null);
	}

	private Meaning readByMeaning(String text, IntentReading words) {
		boolean urgent = words.lifeAtRisk() >= this.meaning.urgentSafety();
		if (!this.budget.mayEncode(urgent)) {
			this.overBudget.increment();
			return null;
		}
		long started = System.nanoTime();
		try {
			Meaning read = this.meanings.read(text);
			if (read != null) {
				this.byMeaning.increment();
			}
			return read;
		}
		catch (RuntimeException ex) {
			// The words still route the message: a resident is never left without an
			// answer because the encoder failed on one text.
			log.warn("Reading by meaning failed; routing by words alone: {}", ex.toString());
			return null;
		}
		finally {
			this.budget.spent(System.nanoTime() - started);
		}
	}

	/**
	 * Whether the words alone may decide: not when the word classifier is unsure of the
	 * intent or the service, when it gives an emergency or a crisis any real chance, or
	 * when it reads a question the FAQ does not answer with confidence.
	 */
	private boolean unsure(IntentReading words, FaqMatches matches) {
		if (this.meaning.always()) {
			return true;
		}
		String top = words.top();
		if (words.probability(top) < this.meaning.sureAbove()) {
			return true;
		}
		if (words.lifeAtRisk() >= this.meaning.safetyWatch()) {
			return true;
		}
		if (Intent.REPORT.equals(top)) {
			return words.serviceProbability() < this.meaning.sureAbove();
		}
		return (Intent.FAQ.equals(top) || Intent.OUT_OF_SCOPE.equals(top))
				&& matches.confidence() < this.properties.answerConfidence();
	}

	// Either reading may send a message to 911 or 988: mixed, the surer one would be
	// diluted by the other, and a missed emergency costs more than a needless pointer.
	private static double safetyProbability(String safety, IntentReading words, IntentReading meaningAlone) {
		double probability = words.probability(safety);
		return (meaningAlone != null) ? Math.max(probability, meaningAlone.probability(safety)) : probability;
	}

	// Errs towards 911 and 988: a message about as close to a crisis or an emergency
	// example as to anything safe is sent there. A needless pointer costs a resident a
	// line; a missing one can cost a life.
	private Optional<String> closeToSafety(Meaning read) {
		if (read.crisis() >= this.meaning.crisisSimilarity() && read.crisis() >= read.safe() + this.meaning.margin()) {
			return Optional.of(Intent.CRISIS);
		}
		if (read.emergency() >= this.meaning.emergencySimilarity()
				&& read.emergency() >= read.safe() + this.meaning.margin()) {
			return Optional.of(Intent.EMERGENCY);
		}
		return Optional.empty();
	}

	private Route policy(String text, IntentReading reading, FaqMatches matches, boolean byMeaning) {
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
		// one: it matches the FAQ's words but tells of a problem rather than asking.
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
		return new Route(intent, service, probability, matches, reading, byMeaning);
	}

}
