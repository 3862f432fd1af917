package org.civicline.nlp.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.process.Morphology;
import org.civicline.nlp.TextNormalizer;

import org.springframework.stereotype.Component;

/**
 * CoreNLP's tokenizer, tagger and lemmatizer, followed by the 311 word lists. Only the
 * annotators the lemmas need are loaded: NER costs milliseconds a message and is left to
 * the steps that want entities. A resident's message is tagged only when one of its words
 * takes different lemmas in different sentences ({@link LemmaLexicon}), and a text the
 * city wrote is not tagged again when the build already did ({@link TaggedTexts}).
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

	// The pipeline's own tokenizer, with the same settings, used alone.
	private final TokenizerAnnotator wordSplitter;

	private final TaggerModel tagger = new TaggerModel();

	private final LemmaLexicon lexicon = new LemmaLexicon(LEXICON_CAPACITY);

	private final TaggedTexts taggedTexts;

	// CoreNLP's lemmatizer without a part of speech; one per thread, as it keeps state.
	private final ThreadLocal<Morphology> endings = ThreadLocal.withInitial(Morphology::new);

	private final WordLists words;

	private final ThreadLocal<Reading> lastReading = new ThreadLocal<>();

	public CoreNlpTextNormalizer() {
		this(WordLists.load(), TaggedTexts.shipped());
	}

	CoreNlpTextNormalizer(WordLists words, TaggedTexts taggedTexts) {
		this.tokenizer = new StanfordCoreNLP(tokenizing());
		this.wordSplitter = new TokenizerAnnotator(false, tokenizing());
		this.words = words;
		this.taggedTexts = taggedTexts;
	}

	/** The settings of the tokenizing pipeline. */
	static Properties tokenizing() {
		Properties tokenizing = new Properties();
		tokenizing.setProperty("annotators", "tokenize,ssplit");
		// Residents write in lower case with stray symbols; keep going instead of logging
		// each one.
		tokenizing.setProperty("tokenize.options", "untokenizable=noneDelete,ptb3Escaping=false");
		return tokenizing;
	}

	/**
	 * Starts loading the tagger's model, unless it has started; completes when it is
	 * loaded. When the service asks: {@link ModelLoadsAfterStart}.
	 */
	CompletableFuture<?> loadTagger() {
		return this.tagger.load();
	}

	/** Whether the tagger's model has been asked for, for tests. */
	boolean taggerStarted() {
		return this.tagger.started();
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
		if (last != null && last.text().equals(text) && (last.learned() || !learning)) {
			return last;
		}
		TaggedTexts.Tagging known = learning ? this.taggedTexts.tagging(text) : null;
		if (known == null) {
			String expanded = this.words.expandShorthand(text);
			if (!learning) {
				List<String> written = tokenized(expanded);
				List<String> lemmas = fromLexicon(written);
				known = (lemmas != null) ? new TaggedTexts.Tagging(written, lemmas) : null;
			}
			if (known == null) {
				known = tagged(expanded);
			}
			if (learning) {
				this.taggedTexts.remember(text, known);
			}
		}
		if (learning) {
			List<String> words = known.words();
			for (int i = 0; i < words.size(); i++) {
				// Lemmas are used in lower case: "Tow" the name and "tow" the word are
				// one lemma here.
				this.lexicon.learn(words.get(i), neighbour(words, i - 1), neighbour(words, i + 1),
						known.lemmas().get(i).toLowerCase(Locale.ROOT));
			}
		}
		Reading reading = reading(text, known, learning);
		this.lastReading.set(reading);
		return reading;
	}

	private static Reading reading(String text, TaggedTexts.Tagging tagging, boolean learned) {
		List<String> words = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < tagging.words().size(); i++) {
			addWordParts(tagging.lemmas().get(i).toLowerCase(Locale.ROOT), words);
			addWordParts(tagging.words().get(i).toLowerCase(Locale.ROOT), tokens);
		}
		return new Reading(text, List.copyOf(words), List.copyOf(tokens), learned);
	}

	/**
	 * The words as CoreNLP's tokenizer writes them, without the pipeline's sentence
	 * splitting and token offsets: most messages need nothing more (their lemmas come
	 * from the lexicon), and those steps were a fifth of the tokenizing.
	 */
	List<String> tokenized(String text) {
		// The pipeline also ends the text with a space, and takes it off the last token.
		List<CoreLabel> labels = this.wordSplitter.getTokenizer(new StringReader(text + " ")).tokenize();
		TokenizerAnnotator.adjustFinalToken(labels);
		List<String> written = new ArrayList<>(labels.size());
		for (CoreLabel label : labels) {
			// Line breaks are tokens to the sentence splitter, which drops them.
			if (!AbstractTokenizer.NEWLINE_TOKEN.equals(label.word())) {
				written.add(label.word());
			}
		}
		return written;
	}

	/** The words and their lemmas from CoreNLP's whole pipeline, tagger included. */
	private TaggedTexts.Tagging tagged(String text) {
		Annotation annotation = new Annotation(text);
		this.tokenizer.annotate(annotation);
		this.tagger.get().annotate(annotation);
		List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
		List<String> written = new ArrayList<>(labels.size());
		List<String> lemmas = new ArrayList<>(labels.size());
		for (CoreLabel token : labels) {
			written.add(token.word());
			lemmas.add((token.lemma() != null) ? token.lemma() : token.word());
		}
		return new TaggedTexts.Tagging(List.copyOf(written), lemmas);
	}

	/**
	 * The lemmas of every token without the tagger, or {@code null} when one of them
	 * needs it: a word the tagger gave different lemmas in different sentences, and whose
	 * neighbours here do not settle which (or settle it differently). Numbers and
	 * punctuation are their own lemma; a capitalised word is read as its lower-case form
	 * when the tagger knows that; a word the tagger never read is a name when capitalised
	 * ("Brooklyn") and otherwise takes the lemma its endings give.
	 */
	private List<String> fromLexicon(List<String> written) {
		List<String> lemmas = new ArrayList<>(written.size());
		for (int i = 0; i < written.size(); i++) {
			String word = written.get(i);
			String lemma = (!isWord(word) || isNumber(word)) ? word
					: withoutTagger(word, neighbour(written, i - 1), neighbour(written, i + 1));
			if (lemma == null) {
				return null;
			}
			lemmas.add(lemma);
		}
		return lemmas;
	}

	private String withoutTagger(String word, String before, String after) {
		if (this.lexicon.known(word)) {
			return this.lexicon.lemma(word, before, after);
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (!lower.equals(word) && this.lexicon.known(lower)) {
			return this.lexicon.lemma(lower, before, after);
		}
		return Character.isUpperCase(word.charAt(0)) ? word : this.endings.get().stem(word);
	}

	private static String neighbour(List<String> words, int index) {
		return (index >= 0 && index < words.size()) ? words.get(index).toLowerCase(Locale.ROOT) : "";
	}

	private static boolean isNumber(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (!Character.isDigit(c) && c != ',' && c != '.') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Saves what the tagger made of every text learned so far, for the jar to ship
	 * ({@link TaggedTexts}).
	 */
	void saveTaggedTexts(Path file) throws IOException {
		this.taggedTexts.save(file);
	}

	/** How many words can be lemmatized without the tagger, for operations. */
	int lexiconSize() {
		return this.lexicon.size();
	}

	private static boolean isWord(String part) {
		for (int i = 0; i < part.length(); i++) {
			if (Character.isLetterOrDigit(part.charAt(i))) {
				return true;
			}
		}
		return false;
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

	/**
	 * Adds the parts of a compound ("drop-off", "pick/up", "st.") that hold a letter or a
	 * digit: compounds reach the index as their parts, as residents also write them
	 * apart. It runs on every token of every message, so it scans the characters instead
	 * of splitting on a regular expression, which was a tenth of the memory a message
	 * allocated.
	 */
	static void addWordParts(String compound, List<String> parts) {
		int start = 0;
		for (int i = 0; i <= compound.length(); i++) {
			if (i == compound.length() || isCompoundSeparator(compound.charAt(i))) {
				if (i > start) {
					String part = (start == 0 && i == compound.length()) ? compound : compound.substring(start, i);
					if (isWord(part)) {
						parts.add(part);
					}
				}
				start = i + 1;
			}
		}
	}

	private static boolean isCompoundSeparator(char c) {
		return c == '-' || c == '/' || c == '_' || c == '.';
	}

	/**
	 * The last text this thread read: the FAQ search and the intent classifier read the
	 * same message one after the other. {@code learned}: the lexicon has learned from it,
	 * so learning it again can be skipped.
	 */
	private record Reading(String text, List<String> words, List<String> tokens, boolean learned) {
	}

}
