package org.civicline.conversation.internal;

import java.util.List;
import java.util.Locale;

import org.civicline.conversation.CityProperties;
import org.civicline.conversation.Reply;

import org.springframework.stereotype.Component;

/**
 * The engine's own sentences (everything that is not an FAQ answer), with the city's
 * facts filled in.
 */
@Component
class Replies {

	static final List<String> MENU = List.of("Report a problem", "Check a request", "Talk to a person");

	private final CityProperties city;

	Replies(CityProperties city) {
		this.city = city;
	}

	Reply unknown() {
		String text = "Sorry, I don't have an answer to that in the city's FAQ. If something needs fixing, tell me "
				+ "what it is and where, and I can help you file a service request. You can also call "
				+ this.city.phone() + ".";
		return new Reply("unknown", text,
				"Sorry, I don't have an answer to that. To report a problem, tell me what " + "and where. Or call 311.",
				List.of("Report a problem", "Talk to a person"), null);
	}

	Reply askForReport() {
		String ask = "Tell me what the problem is and where, for example: pothole at 5th Ave & Main St.";
		return new Reply("report", ask, ask, List.of(), null);
	}

	Reply human() {
		String text = "You can talk to a person at " + this.city.phone() + ", " + this.city.hours()
				+ ". Outside those hours, or if you'd rather be called, reply CALL ME with the best number and "
				+ "time and 311 staff will call you back.";
		return new Reply("human", text, "Call " + this.city.phone() + ", " + this.city.hours()
				+ ". Or reply CALL ME with a number and time for a call back.", List.of("CALL ME"), null);
	}

	Reply smalltalk(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.matches(".*\\b(thank|thanks|thx|ty|gracias|appreciate).*")) {
			return new Reply("smalltalk", "You're welcome! Anything else I can help with?",
					"You're welcome! Anything else?", List.of(), null);
		}
		if (lower.matches(".*\\b(bye|goodbye|good night|see you|adios)\\b.*")) {
			return new Reply("smalltalk", "Goodbye! Text or chat any time.", "Goodbye! Text any time.", List.of(),
					null);
		}
		String greeting = "Hi! I'm the " + this.city.name() + " 311 assistant. Ask me about city services (trash "
				+ "days, parking, permits, emergencies), or tell me about a problem to report. For an emergency, "
				+ "call 911.";
		return new Reply("smalltalk", greeting,
				"Hi! I'm the " + this.city.name()
						+ " 311 assistant. Ask about city services or report a problem. Emergency? Call 911.",
				MENU, null);
	}

}
