package org.civicline.emergency.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civicline.emergency.Emergency;
import org.civicline.emergency.EmergencyMode;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the city website's banner shows: public, and cacheable for a few seconds. */
@RestController
class EmergencyStatusController {

	private final EmergencyMode mode;

	EmergencyStatusController(EmergencyMode mode) {
		this.mode = mode;
	}

	@GetMapping("/api/v1/emergency")
	ResponseEntity<Map<String, Object>> status() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(15)).cachePublic())
			.body(this.mode.active().map(EmergencyStatusController::describe).orElseGet(() -> Map.of("active", false)));
	}

	static Map<String, Object> describe(Emergency emergency) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("active", true);
		body.put("hazard", emergency.hazard());
		body.put("phase", emergency.phase());
		body.put("headline", emergency.headline());
		body.put("guidanceShort", emergency.guidanceShort());
		body.put("guidanceLong", emergency.guidanceLong());
		if (emergency.spanish() != null) {
			body.put("headlineEs", emergency.spanish().headline());
			body.put("guidanceShortEs", emergency.spanish().guidanceShort());
			body.put("guidanceLongEs", emergency.spanish().guidanceLong());
		}
		body.put("faqIds", emergency.faqIds());
		body.put("scope", emergency.citywide() ? "city" : Map.of("zones", emergency.zones()));
		body.put("version", emergency.version());
		body.put("startsAt", emergency.startsAt().toString());
		body.put("expiresAt", emergency.expiresAt().toString());
		return body;
	}

}
