package org.civicline.console.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts and the audit log, for admins; {@code /api/v1/admin/me} tells the
 * console who is signed in and with which role.
 */
@RestController
class AdminStaffController {

	private final StaffUsers users;

	private final StaffAudit audit;

	AdminStaffController(StaffUsers users, StaffAudit audit) {
		this.users = users;
		this.audit = audit;
	}

	/**
	 * Reading the CSRF token here makes sure the console's page has its cookie before it
	 * sends its first change.
	 */
	@GetMapping("/api/v1/admin/me")
	Map<String, Object> me(Principal staff, CsrfToken csrf) {
		csrf.getToken();
		return Map.of("username", staff.getName(), "role",
				this.users.find(staff.getName()).map(StaffUsers.Account::role).orElse("EDITOR"));
	}

	@GetMapping("/api/v1/admin/users")
	List<StaffUsers.Account> list() {
		return this.users.list();
	}

	@PostMapping(path = "/api/v1/admin/users", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> save(@RequestBody Map<String, String> body, Principal staff) {
		try {
			StaffRole role = StaffRole.parse(body.get("role"));
			return ResponseEntity
				.ok(this.users.save(body.get("username"), body.get("password"), role, staff.getName()));
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
		}
	}

	@DeleteMapping("/api/v1/admin/users/{username}")
	ResponseEntity<?> disable(@PathVariable String username, Principal staff) {
		if (username.equals(staff.getName())) {
			return ResponseEntity.badRequest().body(Map.of("error", "You cannot switch off your own account."));
		}
		return this.users.disable(username) ? ResponseEntity.noContent().build()
				: ResponseEntity.status(HttpStatus.NOT_FOUND)
					.body(Map.of("error", "No staff member " + username + "."));
	}

	@GetMapping("/api/v1/admin/audit")
	List<StaffAudit.Entry> audit(@RequestParam(defaultValue = "200") int max) {
		return this.audit.recent(Math.max(1, Math.min(max, 2000)));
	}

}
