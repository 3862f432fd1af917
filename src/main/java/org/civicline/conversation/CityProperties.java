package org.civicline.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's own facts the replies quote, on every channel. The defaults describe the
 * sample city of the seed corpus; a deploying city sets its own.
 *
 * @param name the city's name as residents say it
 * @param phone how to reach 311 by phone
 * @param hours when the phone line has staff
 * @param website the 311 web address
 * @param phoneEs {@code phone} as Spanish replies quote it
 * @param hoursEs {@code hours} as Spanish replies quote them
 */
@ConfigurationProperties("civicline.city")
public record CityProperties(@DefaultValue("Port Marlow") String name,
		@DefaultValue("311 (555-013-0311 from outside the city)") String phone,
		@DefaultValue("Mon-Fri 7am-7pm, Sat 9am-1pm") String hours,
		@DefaultValue("portmarlow.example/311") String website,
		@DefaultValue("311 (555-013-0311 desde fuera de la ciudad)") String phoneEs,
		@DefaultValue("lunes a viernes de 7 a. m. a 7 p. m., sábados de 9 a. m. a 1 p. m.") String hoursEs) {

	/** How to reach 311 by phone, in the reply's language. */
	public String phone(String language) {
		return "es".equals(language) ? this.phoneEs : this.phone;
	}

	/** When the phone line has staff, in the reply's language. */
	public String hours(String language) {
		return "es".equals(language) ? this.hoursEs : this.hours;
	}

}
