package org.civicline.sms.internal;

import org.civicline.conversation.CityProperties;

import org.springframework.stereotype.Component;

/**
 * What the SMS line says to carrier keywords and alert sign-ups, in English and Spanish.
 * The wording carries what CTIA asks of a recurring programme: its name, what it sends
 * and how often, that message and data rates may apply, and HELP and STOP.
 */
@Component
class KeywordReplies {

	private final CityProperties city;

	KeywordReplies(CityProperties city) {
		this.city = city;
	}

	String askToConfirm(String language, String zone) {
		if (spanish(language)) {
			return program() + ": Responda SI para recibir alertas de emergencia de la ciudad" + zoneEs(zone)
					+ ". Solo durante emergencias; la frecuencia varia. Pueden aplicar tarifas de mensajes y datos. "
					+ "AYUDA para ayuda, PARAR para cancelar.";
		}
		return program() + ": Reply YES to get City emergency alerts by text" + zoneEn(zone)
				+ ". Sent only during emergencies; msg frequency varies. Msg & data rates may apply. "
				+ "Reply HELP for help, STOP to cancel.";
	}

	String confirmed(String language, String zone) {
		if (spanish(language)) {
			return program() + ": Listo, recibira alertas de emergencia" + zoneEs(zone)
					+ ". La frecuencia varia. Pueden aplicar tarifas de mensajes y datos. PARAR para cancelar.";
		}
		return program() + ": You're signed up for City emergency alerts" + zoneEn(zone)
				+ ". Msg frequency varies. Msg & data rates may apply. Reply STOP to opt out, HELP for help.";
	}

	String alreadySignedUp(String language, String zone) {
		if (spanish(language)) {
			return program() + ": Ya recibe alertas de emergencia" + zoneEs(zone) + ". PARAR para cancelar.";
		}
		return program() + ": You already get City emergency alerts" + zoneEn(zone) + ". Reply STOP to opt out.";
	}

	String stopped(String language) {
		if (spanish(language)) {
			return program() + ": Cancelado. No recibira mas alertas. Responda INICIAR para volver a recibirlas.";
		}
		return program() + ": You're unsubscribed and will get no more alerts. Reply START to sign up again.";
	}

	String help(String language) {
		if (spanish(language)) {
			return program() + ": escriba su pregunta o problema de la ciudad. Alertas solo en emergencias; la "
					+ "frecuencia varia. Pueden aplicar tarifas de mensajes y datos. PARAR para cancelar. Llame al "
					+ this.city.phone("es") + " o visite " + this.city.website() + ". Emergencias: 911.";
		}
		return program() + ": text a question or a problem to report. Emergency alerts only during emergencies; "
				+ "msg frequency varies. Msg & data rates may apply. Reply STOP to opt out. Call " + this.city.phone()
				+ " or visit " + this.city.website() + ". Emergencies: 911.";
	}

	String slowDown() {
		return program() + ": you've sent a lot of messages in a short time. We'll read new ones again in a few "
				+ "minutes. Emergencies: call 911.";
	}

	String nothingMore() {
		return program() + ": there's nothing more to send. Text your question and I'll answer it.";
	}

	String unreadable(String problem) {
		return program() + ": " + problem;
	}

	private String program() {
		return this.city.name() + " 311";
	}

	private static boolean spanish(String language) {
		return "es".equals(language);
	}

	private static String zoneEn(String zone) {
		return (zone != null) ? " for " + zone : "";
	}

	private static String zoneEs(String zone) {
		return (zone != null) ? " para " + zone : "";
	}

}
