package org.civicline.conversation.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.civicline.conversation.CallbackRequest;
import org.civicline.conversation.Conversations;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff see who asked to be called back. */
@RestController
class AdminCallbacksController {

	private final Conversations conversations;

	AdminCallbacksController(Conversations conversations) {
		this.conversations = conversations;
	}

	@GetMapping("/api/v1/admin/callbacks")
	List<CallbackRequest> openCallbacks() {
		return this.conversations.openCallbacks();
	}

	/** Staff answer the resident on the channel they used. */
	@PostMapping(path = "/api/v1/admin/callbacks/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> answer(@PathVariable long id, @RequestBody Map<String, String> body,
			Principal staff) {
		try {
			return this.conversations.answerCallback(id, body.get("text"), staff.getName())
					? ResponseEntity.accepted().body(Map.of("status", "sent on the resident's channel")) : notOpen(id);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
		}
	}

	@PostMapping("/api/v1/admin/callbacks/{id}/close")
	ResponseEntity<Map<String, String>> close(@PathVariable long id, Principal staff) {
		return this.conversations.closeCallback(id, staff.getName()) ? ResponseEntity.noContent().build() : notOpen(id);
	}

	private static ResponseEntity<Map<String, String>> notOpen(long id) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "No open request #" + id + "."));
	}

}
