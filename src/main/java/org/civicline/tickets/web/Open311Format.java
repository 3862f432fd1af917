package org.civicline.tickets.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * GeoReport v2's two encodings. XML is the spec's mandatory one; JSON mirrors it with
 * arrays for containers. Documents are lists of flat elements, so XML is written
 * directly, every value escaped.
 */
enum Open311Format {

	JSON, XML;

	// GeoReport v2 servers and their clients use text/xml for every .xml document; the
	// charset is said, since residents' words in it are UTF-8.
	static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml;charset=utf-8");

	static Open311Format of(String extension) {
		return switch (extension) {
			case "json" -> JSON;
			case "xml" -> XML;
			default -> null;
		};
	}

	/**
	 * A container ({@code services}, {@code service_requests}) of elements
	 * ({@code service}, ...).
	 */
	ResponseEntity<?> list(String container, String element, List<Map<String, Object>> items, int status) {
		if (this == JSON) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(items);
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(container)
			.append('>');
		for (Map<String, Object> item : items) {
			element(xml, element, item);
		}
		xml.append("</").append(container).append('>');
		return ResponseEntity.status(status).contentType(TEXT_XML).body(xml.toString());
	}

	/** A single document ({@code discovery}, {@code service_definition}). */
	ResponseEntity<?> document(String root, Map<String, Object> content) {
		if (this == JSON) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(content);
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
		element(xml, root, content);
		return ResponseEntity.ok().contentType(TEXT_XML).body(xml.toString());
	}

	ResponseEntity<?> error(int status, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status);
		error.put("description", description);
		return list("errors", "error", List.of(error), status);
	}

	@SuppressWarnings("unchecked")
	private static void element(StringBuilder xml, String name, Object value) {
		xml.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			((Map<String, Object>) map).forEach((key, child) -> {
				if (child instanceof List<?> list) {
					String item = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
					xml.append('<').append(key).append('>');
					list.forEach((each) -> element(xml, item, each));
					xml.append("</").append(key).append('>');
				}
				else {
					element(xml, key, child);
				}
			});
		}
		else if (value != null) {
			xml.append(HtmlUtils.htmlEscape(value.toString(), "UTF-8"));
		}
		xml.append("</").append(name).append('>');
	}

}
