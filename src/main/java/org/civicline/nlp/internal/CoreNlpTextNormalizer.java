package org.civicline.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import org.civicline.nlp.TextNormalizer;

import org.springframework.stereotype.Component;

/**
 * CoreNLP's tokenizer, tagger and lemmatizer, followed by the 311 word lists. Only the
 * annotators the lemmas need are loaded: NER costs milliseconds a message and is left to
 * the steps that want entities. A message whose every word the tagger has already read is
 * not tagged again ({@link LemmaLexicon}).
 *
 * <p>
 * Public only so other modules' tests read text exactly as production does; production
 * code reaches it through {@link TextNormalizer}.
 */
@Component
public class CoreNlpTextNormalizer implements TextNormalizer {

	// Words learned from what the tagger has read; beyond this, new words are tagged
	// every time rather than let a flood of made-up words fill the memory.
	private static final int LEXICON_CAPACITY = 200_000;

	private final StanfordCoreNLP tokenizer;

	private final StanfordCoreNLP tagger;

	private final LemmaLexicon lexicon = new LemmaLexicon(LEXICON_CAPACITY);

	// CoreNLP's lemmatizer without a part of speech; one per thread, as it keeps state.
	private final ThreadLocal<Morphology> endings = ThreadLocal.withInitial(Morphology::new);

	private final WordLists words;

	private final ThreadLocal<Reading> lastReading = new ThreadLocal<>();

	public CoreNlpTextNormalizer() {
		this(WordLists.load());
	}

	CoreNlpTextNormalizer(WordLists words) {
		Properties tokenizing = new Properties();
		tokenizing.setProperty("annotators", "tokenize,ssplit");
		// Residents write in lower case with stray symbols; keep going instead of logging
		// each one.
		tokenizing.setProperty("tokenize.options", "untokenizable=noneDelete,ptb3Escaping=false");
		this.tokenizer = new StanfordCoreNLP(tokenizing);
		Properties tagging = new Properties();
		tagging.setProperty("annotators", "pos,lemma");
		tagging.setProperty("enforceRequirements", "false");
		tagging.setProperty("pos.maxlen", "120");
		this.tagger = new StanfordCoreNLP(tagging);
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

	@Override
	public void learn(String text) {
		read(text, true);
	}

	private Reading read(String text) {
		return read(text, false);
	}

	private Reading read(String text, boolean learning) {
		Reading last = this.lastReading.get();
		if (last != null && last.text().equals(text) && (last.tagged() || !learning)) {
			return last;
		}
		Annotation annotation = new Annotation(this.words.expandShorthand(text));
		this.tokenizer.annotate(annotation);
		List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
		List<String> lemmas = learning ? null : fromLexicon(labels);
		boolean tagged = lemmas == null;
		if (tagged) {
			this.tagger.annotate(annotation);
			lemmas = new ArrayList<>(labels.size());
			for (CoreLabel token : labels) {
				String lemma = (token.lemma() != null) ? token.lemma() : token.word();
				if (learning) {
					// Lemmas are used in lower case: "Tow" the name and "tow" the word
					// are
					// one lemma here.
					this.lexicon.learn(token.word(), lemma.toLowerCase(Locale.ROOT));
				}
				lemmas.add(lemma);
			}
		}
		List<String> words = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			for (String part : splitCompound(lemmas.get(i).toLowerCase(Locale.ROOT))) {
				if (isWord(part)) {
					words.add(part);
				}
			}
			for (String part : splitCompound(labels.get(i).word().toLowerCase(Locale.ROOT))) {
				if (isWord(part)) {
					tokens.add(part);
				}
			}
		}
		Reading reading = new Reading(text, List.copyOf(words), List.copyOf(tokens), tagged);
		this.lastReading.set(reading);
		return reading;
	}

	/**
	 * The lemmas of every token without the tagger, or {@code null} when one of them
	 * needs it: a word the tagger gave different lemmas in different sentences. Numbers
	 * and punctuation are their own lemma; a capitalised word is read as its lower-case
	 * form when the tagger knows that; a word the tagger never read is a name when
	 * capitalised ("Brooklyn") and otherwise takes the lemma its endings give.
	 */
	private List<String> fromLexicon(List<CoreLabel> labels) {
		List<String> lemmas = new ArrayList<>(labels.size());
		for (CoreLabel token : labels) {
			String word = token.word();
			String lemma = (!isWord(word) || isNumber(word)) ? word : withoutTagger(word);
			if (lemma == null) {
				return null;
			}
			lemmas.add(lemma);
		}
		return lemmas;
	}

	private String withoutTagger(String word) {
		if (this.lexicon.known(word)) {
			return this.lexicon.lemma(word);
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (!lower.equals(word) && this.lexicon.known(lower)) {
			return this.lexicon.lemma(lower);
		}
		return Character.isUpperCase(word.charAt(0)) ? word : this.endings.get().stem(word);
	}

	private static boolean isNumber(String word) {
		return word.chars().allMatch((c) -> Character.isDigit(c) || c == ',' || c == '.');
	}

	/** How many words can be lemmatized without the tagger, for operations. */
	int lexiconSize() {
		return this.lexicon.size();
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
	private record Reading(String text, List<String> words, List<String> tokens, boolean tagged) {
	}

}
