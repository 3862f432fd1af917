package org.civicline.emergency.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads CAP alerts: one {@code <alert>} document, or an ATOM feed whose entries carry
 * them (as the US National Weather Service publishes). Documents with a DOCTYPE are
 * refused before anything is resolved, so no external entity is ever read. Elements are
 * matched by local name, which takes CAP 1.1 and 1.2 alike.
 */
final class CapParser {

	private CapParser() {
	}

	/**
	 * The alerts in the document; a bad one in a feed is skipped, a bad lone alert
	 * refused.
	 */
	static List<CapAlert> parse(byte[] xml) {
		Element root = document(xml).getDocumentElement();
		if ("alert".equals(root.getLocalName())) {
			return List.of(alert(root));
		}
		if (!"feed".equals(root.getLocalName())) {
			throw new CapRejected("neither a CAP alert nor an ATOM feed: <" + root.getLocalName() + ">");
		}
		List<CapAlert> alerts = new ArrayList<>();
		for (Element entry : children(root, "entry")) {
			for (Element content : children(entry, "content")) {
				for (Element alert : children(content, "alert")) {
					try {
						alerts.add(alert(alert));
					}
					catch (CapRejected ex) {
						// One malformed entry must not hide the others in the feed.
					}
				}
			}
		}
		return alerts;
	}

	private static Document document(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException ex) {
			throw new CapRejected("not well-formed or not allowed XML: " + ex.getMessage());
		}
		catch (ParserConfigurationException | IOException ex) {
			throw new CapRejected("unreadable: " + ex.getMessage());
		}
	}

	private static CapAlert alert(Element alert) {
		String identifier = required(alert, "identifier");
		String sender = required(alert, "sender");
		OffsetDateTime sent = time(required(alert, "sent"), "sent");
		String status = required(alert, "status");
		String msgType = required(alert, "msgType");
		String scope = required(alert, "scope");
		List<CapAlert.Reference> references = new ArrayList<>();
		String referenced = text(alert, "references");
		if (referenced != null) {
			for (String triplet : referenced.trim().split("\\s+")) {
				String[] parts = triplet.split(",");
				if (parts.length == 3) {
					references.add(new CapAlert.Reference(parts[0], parts[1]));
				}
			}
		}
		List<CapAlert.Info> infos = new ArrayList<>();
		for (Element info : children(alert, "info")) {
			infos.add(info(info));
		}
		return new CapAlert(identifier, sender, sent, status, msgType, scope, references, infos);
	}

	private static CapAlert.Info info(Element info) {
		required(info, "category");
		String event = required(info, "event");
		String urgency = required(info, "urgency");
		String severity = required(info, "severity");
		String certainty = required(info, "certainty");
		Map<String, String> parameters = new LinkedHashMap<>();
		for (Element parameter : children(info, "parameter")) {
			String name = text(parameter, "valueName");
			if (name != null) {
				parameters.put(name, text(parameter, "value"));
			}
		}
		List<CapAlert.Area> areas = new ArrayList<>();
		for (Element area : children(info, "area")) {
			List<Map.Entry<String, String>> geocodes = new ArrayList<>();
			for (Element geocode : children(area, "geocode")) {
				String name = text(geocode, "valueName");
				String value = text(geocode, "value");
				if (name != null && value != null) {
					geocodes.add(Map.entry(name, value));
				}
			}
			List<List<double[]>> polygons = new ArrayList<>();
			for (Element polygon : children(area, "polygon")) {
				polygons.add(points(polygon.getTextContent()));
			}
			areas.add(new CapAlert.Area(required(area, "areaDesc"), geocodes, polygons));
		}
		String effective = text(info, "effective");
		String expires = text(info, "expires");
		return new CapAlert.Info(event, urgency, severity, certainty, text(info, "headline"), text(info, "description"),
				text(info, "instruction"), (effective != null) ? time(effective, "effective") : null,
				(expires != null) ? time(expires, "expires") : null, parameters, areas);
	}

	private static List<double[]> points(String polygon) {
		List<double[]> points = new ArrayList<>();
		for (String pair : polygon.trim().split("\\s+")) {
			String[] latLon = pair.split(",");
			try {
				points.add(new double[] { Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1]) });
			}
			catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				throw new CapRejected("a polygon point is not latitude,longitude: " + pair);
			}
		}
		return points;
	}

	private static OffsetDateTime time(String value, String field) {
		try {
			return OffsetDateTime.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new CapRejected(field + " is not a date and time with an offset: " + value.trim());
		}
	}

	private static String required(Element parent, String name) {
		String value = text(parent, name);
		if (value == null || value.isBlank()) {
			throw new CapRejected("<" + parent.getLocalName() + "> lacks the required <" + name + ">");
		}
		return value;
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0).getTextContent().trim();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/** A document or alert that cannot be taken, with the reason. */
	static class CapRejected extends RuntimeException {

		CapRejected(String reason) {
			super(reason);
		}

	}

}
