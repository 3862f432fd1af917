package org.civicline.nlp.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.civicline.nlp.LanguageDetector;

import org.springframework.stereotype.Component;

/**
 * Counts the short words each language cannot do without (articles, prepositions,
 * pronouns, the commonest verbs) and the marks only Spanish writes (ñ, ¿, ¡, accented
 * vowels). A statistical detector needs more text than residents send ("bache en mi
 * calle" is four words); these words are in nearly every message, and a word both
 * languages share ("no", "me", "a") counts for neither. Words residents of both languages
 * mix in ("pothole", "el trash") leave the function words to decide.
 */
@Component
class FunctionWordLanguageDetector implements LanguageDetector {

	private static final Set<String> SPANISH_WORDS = Set.of("el", "la", "los", "las", "lo", "un", "una", "unos", "unas",
			"de", "del", "al", "en", "y", "que", "por", "para", "con", "sin", "mi", "mis", "tu", "su", "sus", "es",
			"esta", "este", "esto", "estan", "estoy", "hay", "hace", "tiene", "tengo", "quiero", "necesito", "puedo",
			"puede", "pueden", "como", "cuando", "donde", "cual", "cuanto", "cuantos", "porque", "pero", "muy", "ya",
			"aqui", "alli", "ahi", "frente", "calle", "avenida", "casa", "mas", "hola", "gracias", "buenas", "buenos",
			"dias", "tardes", "noches", "ayuda", "favor", "se", "le", "les", "nos", "yo", "usted", "ustedes", "ella",
			"ellos", "eso", "ese", "esa", "fue", "ser", "estar", "son", "era", "han", "hemos", "tienen", "dice", "sabe",
			"saber", "quien", "nadie", "todo", "todos", "nada", "algo", "otra", "otro", "pasa", "pasar", "dia",
			"semana", "hoy", "ayer", "manana", "vecino", "vecinos", "basura", "carro", "coche", "perro", "agua", "luz",
			"q", "xq", "pq", "tb", "tmb", "porfa", "oiga", "senor", "senora", "bueno", "ahora", "desde", "hasta",
			"sobre", "entre", "cerca", "esquina", "cuadra", "mucho", "mucha", "poco", "tambien", "siempre", "nunca",
			"alguien", "ningun", "ninguna", "llamar", "llame", "hablar", "hablo", "espanol", "ingles", "numero",
			"reporte", "reportar", "queja");

	private static final Set<String> ENGLISH_WORDS = Set.of("the", "an", "of", "to", "and", "in", "on", "at", "for",
			"with", "from", "by", "is", "are", "was", "were", "be", "been", "am", "i", "im", "my", "you", "your", "it",
			"its", "this", "that", "there", "their", "they", "he", "she", "we", "our", "what", "when", "where", "which",
			"who", "how", "why", "can", "could", "do", "does", "did", "dont", "not", "have", "has", "had", "will",
			"would", "should", "please", "hi", "hello", "hey", "thanks", "thank", "need", "want", "get", "got", "just",
			"about", "some", "any", "all", "out", "up", "again", "still", "here", "if", "or", "but", "so", "too",
			"very", "yes", "no");

	// Words in both lists cancel out: they tell nothing.
	private static final Set<String> SHARED = Set.of("no", "a");

	private static final String SPANISH_MARKS = "ñ¿¡áéíóúü";

	private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

	// "en español", "in spanish please", "english", "inglés por favor": the whole message
	// asks for a language, so "I need a spanish speaker" is a request for a person, not
	// this.
	private static final Pattern ASKS_SPANISH = Pattern.compile(
			"(?i)^\\W*(?:(?:can you |could you |please )?(?:(?:speak|talk|write|answer|reply|continue) )?(?:in )?spanish"
					+ "|(?:en )?espa[nñ]ol|(?:habla|hablas|hablan|puede hablar|puedes hablar|me habla|me hablas)"
					+ "(?: en)? espa[nñ]ol|(?:quiero|prefiero|cambiar a|cambia a|contin[uú]a en|sigue en) (?:en )?espa[nñ]ol)"
					+ "(?: (?:please|pls|por favor|porfa))?\\W*$");

	private static final Pattern ASKS_ENGLISH = Pattern.compile(
			"(?i)^\\W*(?:(?:can you |could you |please )?(?:(?:speak|talk|write|answer|reply|continue) )?(?:in )?english"
					+ "|(?:en )?ingl[eé]s|(?:habla|hablas|puede hablar|puedes hablar)(?: en)? ingl[eé]s"
					+ "|(?:quiero|prefiero|cambiar a|cambia a|contin[uú]a en|sigue en) (?:en )?ingl[eé]s)"
					+ "(?: (?:please|pls|por favor|porfa))?\\W*$");

	@Override
	public Optional<String> detect(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		int spanish = hasSpanishMark(lower) ? 2 : 0;
		int english = 0;
		var words = WORD.matcher(folded(lower));
		while (words.find()) {
			String word = words.group();
			if (SHARED.contains(word)) {
				continue;
			}
			if (SPANISH_WORDS.contains(word)) {
				spanish++;
			}
			else if (ENGLISH_WORDS.contains(word)) {
				english++;
			}
		}
		if (spanish >= 1 && spanish > english) {
			return Optional.of(SPANISH);
		}
		if (english >= 1 && english > spanish) {
			return Optional.of(ENGLISH);
		}
		return Optional.empty();
	}

	@Override
	public Optional<String> requested(String text) {
		if (text == null || text.length() > 60) {
			return Optional.empty();
		}
		if (ASKS_SPANISH.matcher(text.strip()).matches()) {
			return Optional.of(SPANISH);
		}
		if (ASKS_ENGLISH.matcher(text.strip()).matches()) {
			return Optional.of(ENGLISH);
		}
		return Optional.empty();
	}

	// Residents often leave the accents out ("esta", "dia"); the word lists are written
	// without them so both spellings count.
	// Plain ASCII (most messages) has no accents to remove.
	private static String folded(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
			}
		}
		return text;
	}

	private static boolean hasSpanishMark(String lower) {
		for (int i = 0; i < lower.length(); i++) {
			if (lower.charAt(i) >= 0x80 && SPANISH_MARKS.indexOf(lower.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

}
