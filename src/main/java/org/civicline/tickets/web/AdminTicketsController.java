package org.civicline.tickets.web;

import java.util.List;
import java.util.Map;

import org.civicline.tickets.InvalidTicket;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.Tickets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff automation for requests: read one, change its status (the resident is told). */
@RestController
class AdminTicketsController {

	private final Tickets tickets;

	AdminTicketsController(Tickets tickets) {
		this.tickets = tickets;
	}

	/** Staff's list, newest first, by service and status; department is matched here. */
	@GetMapping("/api/v1/admin/tickets")
	List<Ticket> list(@RequestParam(required = false) String service, @RequestParam(required = false) String status,
			@RequestParam(required = false) String department, @RequestParam(defaultValue = "200") int max) {
		int limit = Math.max(1, Math.min(max, 1000));
		return this.tickets.find(blankToNull(service), blankToNull(status), (department == null) ? limit : 1000)
			.stream()
			.filter((ticket) -> department == null || department.isBlank()
					|| department.equalsIgnoreCase(ticket.department()))
			.limit(limit)
			.toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	@GetMapping("/api/v1/admin/tickets/{number}")
	Ticket ticket(@PathVariable String number) {
		return this.tickets.findByNumber(number)
			.orElseThrow(() -> new InvalidTicket("No request number " + number + "."));
	}

	@PostMapping(path = "/api/v1/admin/tickets/{number}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	Ticket changeStatus(@PathVariable String number, @RequestBody StatusChange change) {
		if (change == null || change.status() == null) {
			throw new InvalidTicket("Send {\"status\": \"open\" or \"closed\", \"note\": \"...\"}.");
		}
		return this.tickets.changeStatus(number, change.status(), change.note());
	}

	@ExceptionHandler(InvalidTicket.class)
	ResponseEntity<Map<String, String>> invalid(InvalidTicket invalid) {
		HttpStatus status = invalid.getMessage().startsWith("No request") ? HttpStatus.NOT_FOUND
				: HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(Map.of("error", invalid.getMessage()));
	}

	record StatusChange(String status, String note) {
	}

}
