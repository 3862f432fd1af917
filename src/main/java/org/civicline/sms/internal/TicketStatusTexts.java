package org.civicline.sms.internal;

import java.util.Locale;

import org.civicline.conversation.CityProperties;
import org.civicline.tickets.TicketStatusChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a resident who filed by text when their request's status changes. */
@Component
class TicketStatusTexts {

	private final SmsDeliveries deliveries;

	private final CityProperties city;

	TicketStatusTexts(SmsDeliveries deliveries, CityProperties city) {
		this.deliveries = deliveries;
		this.city = city;
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged changed) {
		if (!SmsConversation.CHANNEL.equals(changed.channel())) {
			return;
		}
		String note = (changed.note() == null || changed.note().isBlank()) ? "" : " " + changed.note().strip();
		// Without accents, as the other Spanish texts: one GSM-7 segment holds 160
		// characters, a text with an accent only 70.
		String text = changed.spanish()
				? this.city.name() + " 311: la solicitud #" + changed.number() + " ahora esta "
						+ ("closed".equals(changed.status()) ? "cerrada" : "abierta") + "." + note
				: this.city.name() + " 311: request #" + changed.number() + " is now "
						+ changed.status().toLowerCase(Locale.ROOT) + "." + note;
		this.deliveries.enqueue(changed.sender(), text, "ticket-status");
	}

}
