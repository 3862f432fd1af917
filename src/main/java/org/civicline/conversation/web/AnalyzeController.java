package org.civicline.conversation.web;

import org.civicline.conversation.Analysis;
import org.civicline.conversation.Conversations;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation contract's {@code POST /api/v1/analyze}: how the engine reads a text,
 * with no side effect.
 */
@RestController
class AnalyzeController {

	private final Conversations conversations;

	AnalyzeController(Conversations conversations) {
		this.conversations = conversations;
	}

	@PostMapping(path = "/api/v1/analyze", consumes = MediaType.APPLICATION_JSON_VALUE)
	Analysis analyze(@RequestBody AnalyzeRequest request) {
		return this.conversations.analyze(request.text(), request.language() == null ? "en" : request.language());
	}

	record AnalyzeRequest(String text, String language) {
	}

}
