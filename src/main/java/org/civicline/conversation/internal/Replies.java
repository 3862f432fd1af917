package org.civicline.conversation.internal;

import java.util.List;
import java.util.Locale;

import org.civicline.conversation.CityProperties;
import org.civicline.conversation.Reply;

import org.springframework.stereotype.Component;

/**
 * The engine's own sentences (everything that is not an FAQ answer), with the city's
 * facts filled in, in the resident's language.
 */
@Component
class Replies {

	private final CityProperties city;

	Replies(CityProperties city) {
		this.city = city;
	}

	/** The quick replies of the greeting, which {@link ConversationEngine} answers. */
	static List<String> menu(String language) {
		return Phrases.all(language, "menu.report", "menu.status", "menu.person");
	}

	Reply unknown(String language) {
		return new Reply("unknown", Phrases.of(language, "unknown.text", this.city.phone(language)),
				Phrases.of(language, "unknown.short"), Phrases.all(language, "menu.report", "menu.person"), null,
				language);
	}

	Reply askForReport(String language) {
		String ask = Phrases.of(language, "report.ask");
		return new Reply("report", ask, ask, List.of(), null, language);
	}

	Reply human(String language) {
		return new Reply("human",
				Phrases.of(language, "human.text", this.city.phone(language), this.city.hours(language)),
				Phrases.of(language, "human.short", this.city.phone(language), this.city.hours(language)),
				List.of(Phrases.of(language, "human.call-me")), null, language);
	}

	Reply eraseOffer(String language) {
		String text = Phrases.of(language, "erase.offer");
		return new Reply("erase", text, Phrases.of(language, "erase.offer.short"),
				List.of(Phrases.of(language, "erase.word")), null, language);
	}

	Reply erased(String language) {
		String text = Phrases.of(language, "erase.done");
		return new Reply("erased", text, text, List.of(), null, language);
	}

	Reply slowDown(String language) {
		String text = Phrases.of(language, "flood.slow-down");
		return new Reply("slow-down", text, text, List.of(), null, language);
	}

	Reply languageSwitched(String language) {
		String text = Phrases.of(language, "language.switched");
		return new Reply("language", text, text, menu(language), null, language);
	}

	Reply smalltalk(String text, String language) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.matches(".*\\b(thank|thanks|thx|ty|gracias|appreciate|mil gracias)\\b.*")) {
			return new Reply("smalltalk", Phrases.of(language, "smalltalk.thanks"),
					Phrases.of(language, "smalltalk.thanks.short"), List.of(), null, language);
		}
		if (lower.matches(".*\\b(bye|goodbye|good night|see you|adios|adiós|hasta luego|chao|chau|bye bye)\\b.*")) {
			return new Reply("smalltalk", Phrases.of(language, "smalltalk.bye"),
					Phrases.of(language, "smalltalk.bye.short"), List.of(), null, language);
		}
		return new Reply("smalltalk", Phrases.of(language, "smalltalk.greeting", this.city.name()),
				Phrases.of(language, "smalltalk.greeting.short", this.city.name()), menu(language), null, language);
	}

}
