package org.civicline.tickets.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.civicline.tickets.InvalidTicket;
import org.civicline.tickets.NewTicket;
import org.civicline.tickets.Open311Keys;
import org.civicline.tickets.ServiceCatalog;
import org.civicline.tickets.ServiceDefinition;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.Tickets;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: the city's services and the requests
 * filed against them, in XML or JSON by extension. Requests filed here and by chat are
 * the same tickets. Filing needs an API key; reading does not.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([A-Za-z0-9_-]+)\\](\\[\\])?");

	private static final int MAX_REQUESTS = 1000;

	private final ServiceCatalog catalog;

	private final Tickets tickets;

	private final Open311Keys apiKeys;

	Open311Controller(ServiceCatalog catalog, Tickets tickets, Open311Keys apiKeys) {
		this.catalog = catalog;
		this.tickets = tickets;
		this.apiKeys = apiKeys;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<?> discovery(@PathVariable String format) {
		Open311Format as = Open311Format.of(format);
		if (as == null) {
			return Open311Format.JSON.error(404, "Formats are xml and json.");
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", "2026-11-28T00:00:00Z");
		discovery.put("contact", "311 Service Desk, via the city's 311 line");
		discovery.put("key_service", "API keys are issued by 311 staff.");
		List<Map<String, Object>> endpoints = new ArrayList<>();
		for (String type : List.of("production", "test")) {
			Map<String, Object> endpoint = new LinkedHashMap<>();
			endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
			endpoint.put("url", base);
			endpoint.put("changeset", "2026-11-28T00:00:00Z");
			endpoint.put("type", type);
			endpoint.put("formats", List.of("text/xml", "application/json"));
			endpoints.add(endpoint);
		}
		discovery.put("endpoints", endpoints);
		return as.document("discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<?> services(@PathVariable String format) {
		Open311Format as = Open311Format.of(format);
		if (as == null) {
			return Open311Format.JSON.error(404, "Formats are xml and json.");
		}
		return as.list("services", "service", this.catalog.all().stream().map(Open311Controller::service).toList(),
				200);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<?> definition(@PathVariable String code, @PathVariable String format) {
		Open311Format as = Open311Format.of(format);
		if (as == null) {
			return Open311Format.JSON.error(404, "Formats are xml and json.");
		}
		Optional<ServiceDefinition> service = this.catalog.find(code);
		if (service.isEmpty()) {
			return as.error(404, "No service with service_code " + code + ".");
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", code);
		definition.put("attributes", attributes(service.get()));
		return as.document("service_definition", definition);
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<?> file(@PathVariable String format, HttpServletRequest request) {
		Open311Format as = Open311Format.of(format);
		if (as == null) {
			return Open311Format.JSON.error(404, "Formats are xml and json.");
		}
		String apiKey = request.getParameter("api_key");
		if (!this.apiKeys.valid(apiKey)) {
			return as.error(403, "A valid api_key is required to file a request.");
		}
		try {
			Ticket ticket = this.tickets.file(newTicket(request));
			Map<String, Object> filed = new LinkedHashMap<>();
			filed.put("service_request_id", ticket.number());
			filed.put("service_notice", "Handled by " + ticket.department() + ".");
			filed.put("account_id", null);
			return as.list("service_requests", "request", List.of(filed), 201);
		}
		catch (InvalidTicket invalid) {
			return as.error(400, invalid.getMessage());
		}
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<?> requests(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "status", required = false) String status) {
		Open311Format as = Open311Format.of(format);
		if (as == null) {
			return Open311Format.JSON.error(404, "Formats are xml and json.");
		}
		if (status != null && !List.of("open", "closed").contains(status)) {
			return as.error(400, "status is open or closed.");
		}
		if (ids == null || ids.isBlank()) {
			return as.list("service_requests", "request",
					this.tickets.find(serviceCode, status, MAX_REQUESTS).stream().map(this::request).toList(), 200);
		}
		List<Map<String, Object>> found = Arrays.stream(ids.split(","))
			.limit(MAX_REQUESTS)
			.map(String::strip)
			.map(this.tickets::findByNumber)
			.flatMap(Optional::stream)
			.map(this::request)
			.toList();
		return as.list("service_requests", "request", found, 200);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<?> request(@PathVariable String id, @PathVariable String format) {
		Open311Format as = Open311Format.of(format);
		if (as == null) {
			return Open311Format.JSON.error(404, "Formats are xml and json.");
		}
		return this.tickets.findByNumber(id)
			.<ResponseEntity<?>>map((ticket) -> as.list("service_requests", "request", List.of(request(ticket)), 200))
			.orElseGet(() -> as.error(404, "No service request " + id + "."));
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<?> token(@PathVariable String token, @PathVariable String format) {
		Open311Format as = Open311Format.of(format);
		// Requests are filed at once and get their service_request_id in the POST's
		// answer.
		return ((as != null) ? as : Open311Format.JSON).error(404,
				"No token " + token + ": this server returns service_request_id directly.");
	}

	private NewTicket newTicket(HttpServletRequest request) {
		Map<String, String> attributes = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			Matcher attribute = ATTRIBUTE.matcher(name);
			if (attribute.matches()) {
				attributes.put(attribute.group(1), String.join(",", values));
			}
			else if (name.startsWith("attribute")) {
				throw new InvalidTicket("Malformed attribute field " + name + ": use attribute[CODE].");
			}
		});
		String description = request.getParameter("description");
		return new NewTicket(request.getParameter("service_code"), (description == null) ? "" : description,
				request.getParameter("address_string"), number(request, "lat"), number(request, "long"), attributes,
				"open311", sender(request), request.getParameter("media_url"));
	}

	private static String sender(HttpServletRequest request) {
		String email = request.getParameter("email");
		return (email != null && !email.isBlank()) ? email.strip() : "anonymous";
	}

	private static Double number(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidTicket(name + " must be a number.");
		}
	}

	private static Map<String, Object> service(ServiceDefinition service) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("service_code", service.code());
		map.put("service_name", service.name());
		map.put("description", service.description());
		map.put("metadata", !service.attributes().isEmpty());
		map.put("type", "realtime");
		map.put("keywords", null);
		map.put("group", service.department());
		return map;
	}

	private static List<Map<String, Object>> attributes(ServiceDefinition service) {
		List<Map<String, Object>> attributes = new ArrayList<>();
		int order = 1;
		for (ServiceDefinition.Attribute attribute : service.attributes()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("variable", true);
			map.put("code", attribute.code());
			map.put("datatype", attribute.values().isEmpty() ? "string" : "singlevaluelist");
			map.put("required", attribute.required());
			map.put("datatype_description", null);
			map.put("order", order++);
			map.put("description", attribute.question());
			List<Map<String, Object>> values = new ArrayList<>();
			for (String value : attribute.values()) {
				values.add(Map.of("key", value, "name", value));
			}
			map.put("values", values);
			attributes.add(map);
		}
		return attributes;
	}

	private Map<String, Object> request(Ticket ticket) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("service_request_id", ticket.number());
		map.put("status", ticket.status());
		map.put("status_notes", ticket.statusNote());
		map.put("service_name", this.catalog.find(ticket.serviceCode()).map(ServiceDefinition::name).orElse(null));
		map.put("service_code", ticket.serviceCode());
		map.put("description", ticket.description());
		map.put("agency_responsible", ticket.department());
		map.put("service_notice", null);
		map.put("requested_datetime", DATETIME.format(ticket.filedAt()));
		map.put("updated_datetime", DATETIME.format(ticket.updatedAt()));
		map.put("expected_datetime", null);
		map.put("address", ticket.address());
		map.put("address_id", null);
		map.put("zipcode", null);
		map.put("lat", ticket.latitude());
		map.put("long", ticket.longitude());
		map.put("media_url", ticket.mediaUrl());
		return map;
	}

	/**
	 * A form or query with a broken percent-escape ("a=%zz") is the client's error, told
	 * in GeoReport's error format like every other.
	 */
	@org.springframework.web.bind.annotation.ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<?> undecodable(HttpServletRequest request) {
		Open311Format format = request.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
		return format.error(400,
				"A parameter could not be decoded: every % must be followed by two hexadecimal digits.");
	}

	/**
	 * A parameter whose name or value holds control characters, refused by Spring
	 * Security's firewall when it is first read: also the client's error.
	 */
	@org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
	ResponseEntity<?> rejected(HttpServletRequest request) {
		Open311Format format = request.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
		return format.error(400, "A parameter's name or value holds characters that are not allowed.");
	}

}
