package org.civicline.sms.internal;

import org.civicline.conversation.CityProperties;
import org.civicline.conversation.StaffReplied;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Texts staff's answer to a resident who asked for a person by SMS. */
@Component
class StaffRepliesBySms {

	private final SmsDeliveries deliveries;

	private final CityProperties city;

	StaffRepliesBySms(SmsDeliveries deliveries, CityProperties city) {
		this.deliveries = deliveries;
		this.city = city;
	}

	@ApplicationModuleListener
	void on(StaffReplied replied) {
		if (SmsConversation.CHANNEL.equals(replied.channel())) {
			this.deliveries.enqueue(replied.sender(), this.city.name() + " 311: " + replied.text(), "staff-reply");
		}
	}

}
