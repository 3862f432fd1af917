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
	public List<String> lemmas(String text) {
		Annotation annotation = new Annotation(words.expandShorthand(text));
		this.pipeline.annotate(annotation);
		List<String> lemmas = new ArrayList<>();
		for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
			String lemma = token.lemma() != null ? token.lemma() : token.word();
			for (String part : splitCompound(lemma.toLowerCase(Locale.ROOT))) {
				if (isContent(part)) {
					lemmas.add(part);
				}
			}
		}
		return lemmas;
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

	private boolean isContent(String lemma) {
		return !lemma.isEmpty() && lemma.chars().anyMatch(Character::isLetterOrDigit) && !this.words.isStopWord(lemma);
	}

}
