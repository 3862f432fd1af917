package org.civicline.conversation.web;

import java.util.List;

import org.civicline.conversation.CallbackRequest;
import org.civicline.conversation.Conversations;

import org.springframework.web.bind.annotation.GetMapping;
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

}
