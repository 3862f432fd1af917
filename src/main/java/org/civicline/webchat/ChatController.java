package org.civicline.webchat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/chat}: one message of a web chat conversation. The browser keeps
 * the session id; a first message without one gets a new id back to keep.
 */
@RestController
class ChatController {

	private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{8,100}");

	private final Conversations conversations;

	ChatController(Conversations conversations) {
		this.conversations = conversations;
	}

	@PostMapping(path = "/api/v1/chat", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> chat(@RequestBody ChatRequest request) {
		String session = request.session();
		if (session == null || session.isBlank()) {
			session = UUID.randomUUID().toString();
		}
		else if (!SESSION.matcher(session).matches()) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST)
				.body(new ErrorResponse("session must be 8 to 100 letters, digits, '-' or '_'."));
		}
		String language = (request.language() == null) ? "en" : request.language();
		Reply reply = this.conversations.handle(new InboundMessage("web", session, request.text(), language));
		return ResponseEntity
			.ok(new ChatResponse(session, reply.text(), reply.suggestions(), reply.kind(), reply.faqId()));
	}

	record ChatRequest(String session, String text, String language) {
	}

	record ChatResponse(String session, String reply, List<String> suggestions, String kind, String faq) {
	}

	record ErrorResponse(String error) {
	}

}
