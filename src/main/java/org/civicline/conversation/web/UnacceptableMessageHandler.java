package org.civicline.conversation.web;

import java.util.Map;

import org.civicline.conversation.UnacceptableMessage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a refused message into a 4xx with the sentence the resident can act on, on every
 * HTTP channel.
 */
@RestControllerAdvice
class UnacceptableMessageHandler {

	@ExceptionHandler(UnacceptableMessage.class)
	ResponseEntity<Map<String, String>> refused(UnacceptableMessage refused) {
		HttpStatus status = switch (refused.reason()) {
			case TOO_LONG -> HttpStatus.CONTENT_TOO_LARGE;
			case EMPTY, NOT_TEXT -> HttpStatus.BAD_REQUEST;
		};
		return ResponseEntity.status(status).body(Map.of("error", refused.getMessage()));
	}

}
