package org.civicline.emergency.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** CAP messages written for these tests, in the shape official feeds publish. */
final class CapSamples {

	static final String SENDER = "w-nws.webmaster@noaa.gov";

	private CapSamples() {
	}

	static byte[] alert(String identifier, String msgType, String references, String event, String severity,
			String urgency, String geocode, OffsetDateTime expires) {
		return xml(alertElement(identifier, msgType, references, event, severity, urgency, geocode, expires));
	}

	static byte[] feed(String... alerts) {
		StringBuilder entries = new StringBuilder();
		for (String alert : alerts) {
			entries.append("<entry><id>urn:test:")
				.append(alerts.length)
				.append("</id><content type=\"text/xml\">")
				.append(alert)
				.append("</content></entry>");
		}
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
				+ "<id>urn:test:feed</id><title>Test alerts</title>" + entries + "</feed>")
			.getBytes(StandardCharsets.UTF_8);
	}

	static String alertElement(String identifier, String msgType, String references, String event, String severity,
			String urgency, String geocode, OffsetDateTime expires) {
		String sent = OffsetDateTime.now(ZoneOffset.ofHours(-4)).withNano(0).toString();
		return "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">" + "<identifier>" + identifier
				+ "</identifier><sender>" + SENDER + "</sender><sent>" + sent + "</sent><status>Actual</status>"
				+ "<msgType>" + msgType + "</msgType><scope>Public</scope>"
				+ ((references != null) ? "<references>" + references + "</references>" : "")
				+ "<info><category>Met</category><event>" + event + "</event><urgency>" + urgency
				+ "</urgency><severity>" + severity + "</severity><certainty>Likely</certainty>" + "<expires>"
				+ expires.withNano(0) + "</expires><headline>" + event + " for Harbor County</headline>"
				+ "<instruction>Finish preparations now. Move away from the shore if told to evacuate.</instruction>"
				+ "<parameter><valueName>CMAMtext</valueName><value>" + event
				+ " in this area. Prepare now.</value></parameter>"
				+ "<area><areaDesc>Harbor County</areaDesc><polygon>42.0,-71.2 42.0,-70.8 42.4,-70.8 42.4,-71.2 42.0,-71.2</polygon>"
				+ "<geocode><valueName>SAME</valueName><value>" + geocode + "</value></geocode></area></info></alert>";
	}

	private static byte[] xml(String element) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + element).getBytes(StandardCharsets.UTF_8);
	}

}
