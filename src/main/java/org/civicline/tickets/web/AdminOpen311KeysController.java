package org.civicline.tickets.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.civicline.tickets.Open311Keys;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff issue Open311 API keys to the apps and partners that file requests, and revoke
 * them.
 */
@RestController
class AdminOpen311KeysController {

	private final Open311Keys keys;

	AdminOpen311KeysController(Open311Keys keys) {
		this.keys = keys;
	}

	record KeyRequest(String label) {
	}

	@PostMapping("/api/v1/admin/open311/keys")
	ResponseEntity<?> issue(@RequestBody KeyRequest request, Principal staff) {
		try {
			return ResponseEntity.status(HttpStatus.CREATED).body(this.keys.issue(request.label(), staff.getName()));
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", "Key not issued: " + ex.getMessage() + "."));
		}
	}

	@GetMapping("/api/v1/admin/open311/keys")
	List<Open311Keys.KeyInfo> list() {
		return this.keys.list();
	}

	@DeleteMapping("/api/v1/admin/open311/keys/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id, Principal staff) {
		return this.keys.revoke(id, staff.getName()) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

}
