package org.civicline.emergency.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.civicline.emergency.AlertBroadcasts;
import org.civicline.emergency.AlertBroadcasts.AlertRequest;
import org.civicline.emergency.AlertBroadcasts.DeliveryReport;
import org.civicline.emergency.InvalidEmergency;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff send an emergency alert to subscribers and follow its delivery. */
@RestController
class AdminAlertsController {

	private final AlertBroadcasts broadcasts;

	AdminAlertsController(AlertBroadcasts broadcasts) {
		this.broadcasts = broadcasts;
	}

	@PostMapping("/api/v1/admin/emergency/alerts")
	ResponseEntity<Map<String, Object>> send(@RequestBody AlertRequest request, Principal staff) {
		AlertBroadcasts.Alert alert = this.broadcasts.send(request, staff.getName());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("id", alert.id(), "recipients", alert.recipients(), "report",
					"/api/v1/admin/emergency/alerts/" + alert.id()));
	}

	@GetMapping("/api/v1/admin/emergency/alerts/{id}")
	ResponseEntity<DeliveryReport> report(@PathVariable long id) {
		return ResponseEntity.of(this.broadcasts.report(id));
	}

	@GetMapping("/api/v1/admin/emergency/alerts")
	List<DeliveryReport> recent() {
		return this.broadcasts.recent();
	}

	@ExceptionHandler(InvalidEmergency.class)
	ResponseEntity<Map<String, String>> invalid(InvalidEmergency ex) {
		return ResponseEntity.badRequest().body(Map.of("error", "Alert not sent: " + ex.getMessage() + "."));
	}

}
