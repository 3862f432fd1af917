package org.civicline.telegram.internal;

import java.util.ArrayList;
import java.util.List;

/** Telegram's own texts, and long replies split at its 4,096-character limit. */
final class TelegramReplies {

	static final int LIMIT = 4096;

	static final String WELCOME = "Hi! This is your city's 311. Ask a question about city services, or tell me about "
			+ "a problem to report (a pothole, noise, a streetlight out...). Commands: /report to report a problem, "
			+ "/status to check a request, /alerts to get emergency alerts here, /help for this message. "
			+ "In an emergency call 911.";

	static final String ALERTS_ON = "You'll get City emergency alerts here. Send /alerts again to stop them.";

	static final String ALERTS_OFF = "Emergency alerts stopped. Send /alerts to get them again.";

	static final String TEXT_ONLY = "I can read text and shared locations. Tell me what you need in words.";

	static final String WELCOME_ES = "¡Hola! Este es el 311 de su ciudad. Haga una pregunta sobre los servicios de la "
			+ "ciudad o cuénteme de un problema para reportarlo (un bache, ruido, una lámpara apagada...). Comandos: "
			+ "/report para reportar un problema, /status para consultar una solicitud, /alerts para recibir aquí las "
			+ "alertas de emergencia, /help para ver este mensaje. En una emergencia, llame al 911.";

	static final String ALERTS_ON_ES = "Recibirá aquí las alertas de emergencia de la ciudad. Envíe /alerts otra vez "
			+ "para dejar de recibirlas.";

	static final String ALERTS_OFF_ES = "Ya no recibirá alertas de emergencia. Envíe /alerts para recibirlas otra vez.";

	static final String TEXT_ONLY_ES = "Puedo leer texto y ubicaciones compartidas. Dígame con palabras qué necesita.";

	/** Telegram's own text in the resident's language ({@code es} or English). */
	static String in(String language, String english, String spanish) {
		return "es".equals(language) ? spanish : english;
	}

	private TelegramReplies() {
	}

	/** Splits at paragraph, then line, then word boundaries; never loses text. */
	static List<String> split(String text) {
		List<String> parts = new ArrayList<>();
		String rest = text;
		while (rest.length() > LIMIT) {
			String head = rest.substring(0, LIMIT);
			int cut = head.lastIndexOf("\n\n");
			if (cut < LIMIT / 2) {
				cut = head.lastIndexOf('\n');
			}
			if (cut < LIMIT / 2) {
				cut = head.lastIndexOf(' ');
			}
			if (cut < LIMIT / 2) {
				cut = LIMIT;
			}
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			parts.add(rest);
		}
		return parts;
	}

	/** Markdown bold to plain text: replies go out without a parse mode. */
	static String plain(String markdown) {
		return markdown.replaceAll("\\*\\*(.+?)\\*\\*", "$1");
	}

}
