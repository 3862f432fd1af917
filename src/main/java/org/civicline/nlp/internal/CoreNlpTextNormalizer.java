package org.civicline.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.civicline.nlp.TextNormalizer;

import org.springframework.stereotype.Component;

/**
 * CoreNLP's tokenizer, tagger and lemmatizer, followed by the 311 word lists. Only the
 * annotators the lemmas need are loaded: NER costs milliseconds a message and is left to
 * the steps that want entities.
 *
 * <p>
 * Public only so other modules' tests read text exactly as production does; production
 * code reaches it through {@link TextNormalizer}.
 */
@Component
public class CoreNlpTextNormalizer implements TextNormalizer {

	private final StanfordCoreNLP pipeline;

	private final WordLists words;

	private final ThreadLocal<Reading> lastReading = new ThreadLocal<>();

	public CoreNlpTextNormalizer() {
		this(WordLists.load());
	}

	CoreNlpTextNormalizer(WordLists words) {
		Properties properties = new Properties();
		properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
		// Residents write in lower case with stray symbols; keep going instead of logging
		// each one.
		properties.setProperty("tokenize.options", "untokenizable=noneDelete,ptb3Escaping=false");
		properties.setProperty("pos.maxlen", "120");
		this.pipeline = new StanfordCoreNLP(properties);
		this.words = words;
	}

	@Override
	public List<String> words(String text) {
		return read(text).words();
	}

	@Override
	public List<String> tokens(String text) {
		return read(text).tokens();
	}

	private Reading read(String text) {
		Reading last = this.lastReading.get();
		if (last != null && last.text().equals(text)) {
			return last;
		}
		Annotation annotation = new Annotation(this.words.expandShorthand(text));
		this.pipeline.annotate(annotation);
		List<String> words = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
			String lemma = (token.lemma() != null) ? token.lemma() : token.word();
			for (String part : splitCompound(lemma.toLowerCase(Locale.ROOT))) {
				if (isWord(part)) {
					words.add(part);
				}
			}
			for (String part : splitCompound(token.word().toLowerCase(Locale.ROOT))) {
				if (isWord(part)) {
					tokens.add(part);
				}
			}
		}
		Reading reading = new Reading(text, List.copyOf(words), List.copyOf(tokens));
		this.lastReading.set(reading);
		return reading;
	}

	private static boolean isWord(String part) {
		return !part.isEmpty() && part.chars().anyMatch(Character::isLetterOrDigit);
	}

	@Override
	public List<String> lemmas(String text) {
		return words(text).stream().filter((word) -> !this.words.isStopWord(word)).toList();
	}

	@Override
	public String canonical(String lemma) {
		return this.words.canonical(lemma);
	}

	@Override
	public List<String> synonymVocabulary() {
		return this.words.synonymVocabulary();
	}

	// "drop-off" and "pick/up" reach the index as their parts, as residents also write
	// them apart.
	private static String[] splitCompound(String lemma) {
		return lemma.split("[-/_.]+");
	}

	/**
	 * The last text this thread read: the FAQ search and the intent classifier read the
	 * same message one after the other, and tagging is the costly part of both.
	 */
	private record Reading(String text, List<String> words, List<String> tokens) {
	}

}
