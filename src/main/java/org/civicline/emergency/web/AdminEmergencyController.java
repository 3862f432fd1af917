package org.civicline.emergency.web;

import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicline.emergency.Emergency;
import org.civicline.emergency.EmergencyDeclaration;
import org.civicline.emergency.Guidance;
import org.civicline.emergency.EmergencyMode;
import org.civicline.emergency.InvalidEmergency;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff switch emergency mode on, update it and switch it off; every change is audited.
 */
@RestController
class AdminEmergencyController {

	private final EmergencyMode mode;

	AdminEmergencyController(EmergencyMode mode) {
		this.mode = mode;
	}

	/**
	 * The declaration as staff send it; {@code scope} is {@code "city"} or
	 * {@code {"zones": [...]}}.
	 */
	record DeclarationRequest(String hazard, String phase, String headline, String guidanceShort, String guidanceLong,
			List<String> faqIds, JsonNode scope, String startsAt, String expiresAt, String reason, String headlineEs,
			String guidanceShortEs, String guidanceLongEs) {
	}

	@PostMapping("/api/v1/admin/emergency")
	ResponseEntity<Map<String, Object>> declare(@RequestBody DeclarationRequest request, Principal staff) {
		boolean wasActive = this.mode.active().isPresent();
		Emergency emergency = this.mode
			.declare(
					new EmergencyDeclaration(
							request.hazard(), request.phase(), request
								.headline(),
							request.guidanceShort(), request.guidanceLong(), request.faqIds(), zones(request.scope()),
							instant(request.startsAt(), "startsAt"), instant(request.expiresAt(), "expiresAt"),
							request.reason(), Guidance.ofFields(request.headlineEs(), request.guidanceShortEs(),
									request.guidanceLongEs())),
					staff.getName());
		Map<String, Object> body = new java.util.LinkedHashMap<>(EmergencyStatusController.describe(emergency));
		if (emergency.startsAt().isAfter(Instant.now())) {
			body.put("active", false);
			body.put("scheduled", true);
		}
		return ResponseEntity.status(wasActive ? HttpStatus.OK : HttpStatus.CREATED).body(body);
	}

	@DeleteMapping("/api/v1/admin/emergency")
	ResponseEntity<Map<String, Object>> end(@RequestParam(required = false) String reason, Principal staff) {
		boolean ended = this.mode.end(staff.getName(), reason);
		return ResponseEntity.ok(Map.of("active", false, "ended", ended));
	}

	@GetMapping("/api/v1/admin/emergency/audit")
	List<EmergencyMode.AuditEntry> audit() {
		return this.mode.audit();
	}

	@ExceptionHandler(InvalidEmergency.class)
	ResponseEntity<Map<String, String>> invalid(InvalidEmergency ex) {
		return ResponseEntity.badRequest().body(Map.of("error", "Emergency not changed: " + ex.getMessage() + "."));
	}

	private static List<String> zones(JsonNode scope) {
		if (scope == null || scope.isNull() || (scope.isString() && "city".equalsIgnoreCase(scope.asString()))) {
			return List.of();
		}
		JsonNode zones = scope.isObject() ? scope.get("zones") : null;
		if (zones == null || !zones.isArray() || zones.isEmpty()) {
			throw new InvalidEmergency("scope must be \"city\" or {\"zones\": [\"...\"]} with at least one zone");
		}
		List<String> names = new ArrayList<>();
		for (JsonNode zone : zones) {
			if (!zone.isString() || zone.asString().isBlank()) {
				throw new InvalidEmergency("each zone in scope.zones must be a name");
			}
			names.add(zone.asString());
		}
		return names;
	}

	private static Instant instant(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return java.time.OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidEmergency(
					"expiresAt must be a date and time with its offset, e.g. 2026-09-03T18:00:00-04:00");
		}
	}

}
