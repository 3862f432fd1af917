package org.civicline.conversation.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.civicline.conversation.Conversations;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff erase what the city holds about a resident who asked by phone, mail or at a desk:
 * {@code POST /api/v1/admin/erasures} with the channel and the address on it (a phone
 * number for SMS, a chat id, a web chat session). Admins only; audited.
 */
@RestController
class AdminErasuresController {

	private static final List<String> CHANNELS = List.of("web", "sms", "telegram", "discord");

	private final Conversations conversations;

	AdminErasuresController(Conversations conversations) {
		this.conversations = conversations;
	}

	@PostMapping(path = "/api/v1/admin/erasures", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> erase(@RequestBody ErasureRequest request, Principal staff) {
		if (request == null || request.channel() == null || !CHANNELS.contains(request.channel())) {
			return ResponseEntity.badRequest().body(Map.of("error", "channel must be one of " + CHANNELS + "."));
		}
		if (request.address() == null || request.address().isBlank() || request.address().length() > 200) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "address is the resident's address on the channel, 1 to 200 characters."));
		}
		int erased = this.conversations.erase(request.channel(), request.address().strip(), "staff:" + staff.getName());
		return ResponseEntity.ok(Map.of("erased", erased));
	}

	record ErasureRequest(String channel, String address) {
	}

}
