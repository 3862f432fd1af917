package org.civicline.webchat.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this instance, by session. A line said here is pushed at
 * once; a sweep of the store every half second also brings lines said on another instance
 * (a status update, a message from the resident's other tab that reached another
 * instance). Each stream remembers what it already sent, so nothing goes twice.
 */
@Component
class ChatStreams implements SmartLifecycle {

	private volatile boolean running;

	private static final Duration SWEEP_WINDOW = Duration.ofSeconds(15);

	private static final int SWEEP_SESSIONS = 500;

	private final Map<String, List<Stream>> streams = new ConcurrentHashMap<>();

	private final AtomicInteger open = new AtomicInteger();

	private final ChatTranscripts transcripts;

	private final WebChatProperties properties;

	ChatStreams(ChatTranscripts transcripts, WebChatProperties properties) {
		this.transcripts = transcripts;
		this.properties = properties;
	}

	/**
	 * Opens a stream for one tab, first sending what was said after {@code afterId};
	 * empty when this instance has as many streams as it keeps.
	 */
	java.util.Optional<SseEmitter> open(String session, long afterId) {
		if (this.open.incrementAndGet() > this.properties.maxStreams()) {
			this.open.decrementAndGet();
			return java.util.Optional.empty();
		}
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		Stream stream = new Stream(emitter, afterId);
		Runnable close = () -> {
			List<Stream> tabs = this.streams.get(session);
			if (tabs != null && tabs.remove(stream)) {
				this.open.decrementAndGet();
				this.streams.computeIfPresent(session, (key, list) -> list.isEmpty() ? null : list);
			}
		};
		emitter.onCompletion(close);
		// A stream reaching its timeout is normal: it ends cleanly and the browser
		// reconnects with the last id it saw.
		emitter.onTimeout(emitter::complete);
		emitter.onError((error) -> close.run());
		this.streams.computeIfAbsent(session, (key) -> new CopyOnWriteArrayList<>()).add(stream);
		// The first bytes commit the response, so the browser knows the stream is open
		// even when nothing is waiting for it yet.
		stream.hello();
		for (ChatMessage missed : this.transcripts.history(session, afterId, this.properties.historySize())) {
			stream.send(missed);
		}
		return java.util.Optional.of(emitter);
	}

	void publish(String session, ChatMessage message) {
		for (Stream stream : this.streams.getOrDefault(session, List.of())) {
			stream.send(message);
		}
	}

	@Scheduled(fixedDelay = 500)
	void sweep() {
		if (this.streams.isEmpty()) {
			return;
		}
		Instant since = Instant.now().minus(SWEEP_WINDOW);
		List<String> sessions = new ArrayList<>(this.streams.keySet());
		for (int from = 0; from < sessions.size(); from += SWEEP_SESSIONS) {
			Collection<String> chunk = sessions.subList(from, Math.min(sessions.size(), from + SWEEP_SESSIONS));
			for (ChatTranscripts.Line line : this.transcripts.recent(chunk, since)) {
				publish(line.session(), line.message());
			}
		}
	}

	int openStreams() {
		return this.open.get();
	}

	/**
	 * Ends every stream before the server's graceful shutdown, which would otherwise wait
	 * for them; browsers reconnect to another instance on their own.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.streams.values().forEach((tabs) -> tabs.forEach((stream) -> stream.emitter.complete()));
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	/** One tab's stream and the ids it has already been sent. */
	private static final class Stream {

		private static final int REMEMBERED = 1000;

		private final SseEmitter emitter;

		private final LinkedHashSet<Long> sent = new LinkedHashSet<>();

		private final long floor;

		Stream(SseEmitter emitter, long floor) {
			this.emitter = emitter;
			this.floor = floor;
		}

		synchronized void hello() {
			try {
				this.emitter.send(SseEmitter.event().comment("open").reconnectTime(3000));
			}
			catch (IOException | IllegalStateException ex) {
				this.emitter.completeWithError(ex);
			}
		}

		synchronized void send(ChatMessage message) {
			if (message.id() <= this.floor || !this.sent.add(message.id())) {
				return;
			}
			if (this.sent.size() > REMEMBERED) {
				this.sent.remove(this.sent.iterator().next());
			}
			try {
				this.emitter.send(SseEmitter.event()
					.id(Long.toString(message.id()))
					.name("message")
					.data(message, MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				// The tab went away; completing the emitter runs its clean-up.
				this.emitter.completeWithError(ex);
			}
		}

	}

}
