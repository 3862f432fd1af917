package org.civicline.sms.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A carrier keyword: the whole message is one word (ALERTS may carry a ZIP code or zone),
 * in any case, surrounding spaces ignored. The same word inside a sentence is ordinary
 * text.
 *
 * @param kind what it asks for
 * @param language {@code es} for the Spanish words, else {@code en}
 * @param zone the ZIP code or zone given with ALERTS, or {@code null}
 */
record SmsKeyword(Kind kind, String language, String zone) {

	enum Kind {

		STOP, START, HELP, YES, ALERTS, MORE

	}

	// The English opt-out and opt-in words are those Twilio itself honours; the Spanish
	// ones are those US carriers' Spanish-language programmes commonly list.
	private static final Map<String, SmsKeyword> WORDS = Map.ofEntries(entry("STOP", Kind.STOP, "en"),
			entry("STOPALL", Kind.STOP, "en"), entry("UNSUBSCRIBE", Kind.STOP, "en"), entry("CANCEL", Kind.STOP, "en"),
			entry("END", Kind.STOP, "en"), entry("QUIT", Kind.STOP, "en"), entry("REVOKE", Kind.STOP, "en"),
			entry("OPTOUT", Kind.STOP, "en"), entry("PARAR", Kind.STOP, "es"), entry("ALTO", Kind.STOP, "es"),
			entry("CANCELAR", Kind.STOP, "es"), entry("BAJA", Kind.STOP, "es"), entry("START", Kind.START, "en"),
			entry("UNSTOP", Kind.START, "en"), entry("INICIAR", Kind.START, "es"), entry("HELP", Kind.HELP, "en"),
			entry("INFO", Kind.HELP, "en"), entry("AYUDA", Kind.HELP, "es"), entry("YES", Kind.YES, "en"),
			entry("SI", Kind.YES, "es"), entry("SÍ", Kind.YES, "es"), entry("ALERTS", Kind.ALERTS, "en"),
			entry("ALERT", Kind.ALERTS, "en"), entry("ALERTAS", Kind.ALERTS, "es"), entry("MORE", Kind.MORE, "en"),
			entry("MAS", Kind.MORE, "es"), entry("MÁS", Kind.MORE, "es"));

	private static final Pattern ALERTS_IN = Pattern.compile("(?i)^(alerts?|alertas)\\s+([a-z0-9-]{2,20})$");

	static Optional<SmsKeyword> read(String body) {
		if (body == null) {
			return Optional.empty();
		}
		String word = body.strip().replaceAll("[.!]+$", "");
		SmsKeyword keyword = WORDS.get(word.toUpperCase(Locale.ROOT));
		if (keyword != null) {
			return Optional.of(keyword);
		}
		Matcher zoned = ALERTS_IN.matcher(word);
		if (zoned.matches()) {
			SmsKeyword alerts = WORDS.get(zoned.group(1).toUpperCase(Locale.ROOT));
			return Optional.of(new SmsKeyword(Kind.ALERTS, alerts.language(), zoned.group(2).toUpperCase(Locale.ROOT)));
		}
		return Optional.empty();
	}

	private static Map.Entry<String, SmsKeyword> entry(String word, Kind kind, String language) {
		return Map.entry(word, new SmsKeyword(kind, language, null));
	}

}
