package org.civicline.console.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;
import org.civicline.emergency.Subscriber;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emergency-alert subscribers, for admins: counts, finding one, and removing one with a
 * reason. A removal is an opt-out in the consent ledger, which keeps the whole history.
 */
@RestController
class AdminSubscribersController {

	private final AlertSubscriptions subscriptions;

	AdminSubscribersController(AlertSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping("/api/v1/admin/subscribers/counts")
	List<AlertSubscriptions.SubscriberCount> counts() {
		return this.subscriptions.counts();
	}

	@GetMapping("/api/v1/admin/subscribers")
	ResponseEntity<?> find(@RequestParam String channel, @RequestParam String address) {
		return this.subscriptions.find(channel, address(channel, address))
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "No subscriber " + address + " on " + channel + ".")));
	}

	@PostMapping(path = "/api/v1/admin/subscribers/remove", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> remove(@RequestBody Map<String, String> body, Principal staff) {
		String channel = body.get("channel");
		String reason = body.get("reason");
		if (channel == null || body.get("address") == null || reason == null || reason.isBlank()) {
			return ResponseEntity.badRequest().body(Map.of("error", "Send channel, address and the reason."));
		}
		String address = address(channel, body.get("address"));
		if (this.subscriptions.find(channel, address).isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "No subscriber " + address + " on " + channel + "."));
		}
		Subscriber removed = this.subscriptions.optOut(new ConsentStep(channel, address,
				"removed by staff " + staff.getName() + ": " + reason.strip(), null, "en"));
		return ResponseEntity.ok(removed);
	}

	/** Staff type numbers as residents write them; the store keeps E.164. */
	static String address(String channel, String typed) {
		String address = typed.strip();
		if (!"sms".equals(channel) || address.startsWith("+")) {
			return address;
		}
		String digits = address.replaceAll("\\D", "");
		if (digits.length() == 10) {
			return "+1" + digits;
		}
		return (digits.length() == 11 && digits.startsWith("1")) ? "+" + digits : address;
	}

}
