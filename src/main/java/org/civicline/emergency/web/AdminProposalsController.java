package org.civicline.emergency.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.civicline.emergency.EmergencyProposals;
import org.civicline.emergency.EmergencyProposals.Proposal;
import org.civicline.emergency.InvalidEmergency;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff see what the official alert feed proposes, and accept or dismiss it. */
@RestController
class AdminProposalsController {

	private final EmergencyProposals proposals;

	AdminProposalsController(EmergencyProposals proposals) {
		this.proposals = proposals;
	}

	@GetMapping("/api/v1/admin/emergency/proposals")
	List<Proposal> open() {
		return this.proposals.open();
	}

	@PostMapping("/api/v1/admin/emergency/proposals/{id}/accept")
	Map<String, Object> accept(@PathVariable long id, Principal staff) {
		return EmergencyStatusController.describe(this.proposals.accept(id, staff.getName()));
	}

	@PostMapping("/api/v1/admin/emergency/proposals/{id}/dismiss")
	ResponseEntity<Void> dismiss(@PathVariable long id, Principal staff) {
		this.proposals.dismiss(id, staff.getName());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InvalidEmergency.class)
	ResponseEntity<Map<String, String>> invalid(InvalidEmergency ex) {
		return ResponseEntity.badRequest().body(Map.of("error", "Not done: " + ex.getMessage() + "."));
	}

}
