package org.civicline.webchat.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The chat API the widget talks to.
 * <ul>
 * <li>{@code POST /api/v1/chat}: one message; the reply comes back in the response (the
 * plain-HTTP path every client can use). A first message without a session gets a new one
 * to keep.</li>
 * <li>{@code GET /api/v1/chat/history}: the session's transcript, for a reload.</li>
 * <li>{@code GET /api/v1/chat/stream}: Server-Sent Events with every new line of the
 * session, whichever tab or instance it came from, and status updates.</li>
 * <li>{@code POST /api/v1/chat/feedback}: thumbs up or down on an answer.</li>
 * </ul>
 * Anyone holding a session id can read its transcript, so transcripts are only given for
 * long, unguessable ids like the ones CivicLine issues.
 */
@RestController
class ChatController {

	private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{4,100}");

	private static final int UNGUESSABLE = 32;

	private static final List<String> LANGUAGES = List.of("en", "es");

	private final WebChat chat;

	private final ChatTranscripts transcripts;

	private final ChatStreams streams;

	private final ChatRateLimits limits;

	private final WebChatProperties properties;

	ChatController(WebChat chat, ChatTranscripts transcripts, ChatStreams streams, ChatRateLimits limits,
			WebChatProperties properties) {
		this.chat = chat;
		this.transcripts = transcripts;
		this.streams = streams;
		this.limits = limits;
		this.properties = properties;
	}

	@PostMapping(path = "/api/v1/chat", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> chat(@RequestBody ChatRequest request, HttpServletRequest http) {
		String session = request.session();
		if (session == null || session.isBlank()) {
			session = UUID.randomUUID().toString();
		}
		else if (!SESSION.matcher(session).matches()) {
			return error(HttpStatus.BAD_REQUEST, "session must be 4 to 100 letters, digits, '-' or '_'.");
		}
		String language = (request.language() == null) ? "en" : request.language();
		if (!LANGUAGES.contains(language)) {
			return error(HttpStatus.BAD_REQUEST, "language must be one of " + LANGUAGES + ".");
		}
		Optional<Duration> wait = this.limits.take(session, http.getRemoteAddr());
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds());
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
				.body(Map.of("error", "That is a lot of messages at once. Please wait " + seconds
						+ " seconds and send it again, or call 311."));
		}
		WebChat.Turn turn = this.chat.say(session, (request.text() == null) ? "" : request.text(), language);
		return ResponseEntity.ok(new ChatResponse(session, turn.reply().text(), turn.reply().suggestions(),
				turn.reply().kind(), turn.reply().faqId(), turn.asked(), turn.answered(), turn.reply().language()));
	}

	@GetMapping("/api/v1/chat/history")
	ResponseEntity<?> history(@RequestParam String session, @RequestParam(defaultValue = "0") long after) {
		if (!readable(session)) {
			return unreadable();
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new History(session, this.transcripts.history(session, after, this.properties.historySize())));
	}

	@GetMapping(path = "/api/v1/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<?> stream(@RequestParam String session, @RequestParam(defaultValue = "0") long after,
			@RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
		if (!readable(session)) {
			return unreadable();
		}
		long from = (lastEventId != null) ? lastEventId : after;
		return this.streams.open(session, from)
			.<ResponseEntity<?>>map((emitter) -> ResponseEntity.ok()
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.header("X-Accel-Buffering", "no")
				.body(emitter))
			.orElseGet(() -> error(HttpStatus.SERVICE_UNAVAILABLE,
					"Live updates are busy; the chat still works and shows new lines when reopened."));
	}

	@PostMapping(path = "/api/v1/chat/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> feedback(@RequestBody FeedbackRequest request) {
		if (request.session() == null || !SESSION.matcher(request.session()).matches() || request.message() == null
				|| request.helpful() == null) {
			return error(HttpStatus.BAD_REQUEST, "Send session, message (an answer's id) and helpful (true or false).");
		}
		if (!this.chat.rate(request.session(), request.message(), request.helpful())) {
			return error(HttpStatus.NOT_FOUND, "There is no such answer in this chat.");
		}
		return ResponseEntity.noContent().build();
	}

	private static boolean readable(String session) {
		return session.length() >= UNGUESSABLE && SESSION.matcher(session).matches();
	}

	private static ResponseEntity<?> unreadable() {
		return error(HttpStatus.BAD_REQUEST, "Transcripts are kept only for the session ids CivicLine issues "
				+ "(at least " + UNGUESSABLE + " characters); start without a session to get one.");
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

	record ChatRequest(String session, String text, String language) {
	}

	/**
	 * @param language the language the reply is in: the widget follows a resident who
	 * writes in, or asks for, the other language
	 */
	record ChatResponse(String session, String reply, List<String> suggestions, String kind, String faq,
			ChatMessage asked, ChatMessage message, String language) {
	}

	record History(String session, List<ChatMessage> messages) {
	}

	record FeedbackRequest(String session, Long message, Boolean helpful) {
	}

}
