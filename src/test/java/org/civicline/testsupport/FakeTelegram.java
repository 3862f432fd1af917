package org.civicline.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Telegram's Bot API that records every call. It can answer the next
 * {@code sendMessage} with 429 and a {@code retry_after}, as Telegram does under load.
 */
public final class FakeTelegram {

	private static FakeTelegram running;

	private final HttpServer server;

	private final List<Call> calls = new ArrayList<>();

	private int tooManyRequests;

	private final java.util.Set<String> unavailableFor = new java.util.HashSet<>();

	private final java.util.Set<String> blocked = new java.util.HashSet<>();

	/** One call: the Bot API method and the JSON or form body sent. */
	public record Call(String method, String body) {
	}

	private FakeTelegram() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static synchronized FakeTelegram instance() {
		if (running == null) {
			try {
				running = new FakeTelegram();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start the fake Telegram", ex);
			}
		}
		return running;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public synchronized void answerNextWithTooManyRequests() {
		this.tooManyRequests++;
	}

	/**
	 * The next {@code sendMessage} carrying this text fails as when Telegram's side is
	 * down (502); every other message meanwhile is answered as usual.
	 */
	public synchronized void answerNextAsUnavailableFor(String text) {
		this.unavailableFor.add(text);
	}

	/** From now on, this chat has blocked the bot: Telegram answers 403. */
	public synchronized void blockedBy(long chat) {
		this.blocked.add("\"chat_id\":\"" + chat + "\"");
	}

	public synchronized List<Call> callsMentioning(String text) {
		return this.calls.stream().filter((call) -> call.body().contains(text)).toList();
	}

	public List<Call> await(String text, Predicate<List<Call>> condition, Duration timeout) {
		return WaitUntil.value("Fake Telegram to receive what was expected about " + text, timeout,
				() -> callsMentioning(text), condition);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = path.substring(path.lastIndexOf('/') + 1);
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		boolean throttle;
		boolean down;
		boolean refused;
		synchronized (this) {
			refused = this.blocked.stream().anyMatch(body::contains);
			this.calls.add(new Call(method, body));
			throttle = "sendmessage".equalsIgnoreCase(method) && this.tooManyRequests > 0;
			if (throttle) {
				this.tooManyRequests--;
			}
			down = !throttle && "sendmessage".equalsIgnoreCase(method) && this.unavailableFor.removeIf(body::contains);
		}
		String json;
		int status = 200;
		if (refused) {
			status = 403;
			json = "{\"ok\": false, \"error_code\": 403, \"description\": \"Forbidden: bot was blocked by the user\"}";
		}
		else if (down) {
			status = 502;
			json = "{\"ok\": false, \"error_code\": 502, \"description\": \"Bad Gateway\"}";
		}
		else if (throttle) {
			status = 429;
			json = "{\"ok\": false, \"error_code\": 429, \"description\": \"Too Many Requests: retry after 1\", "
					+ "\"parameters\": {\"retry_after\": 1}}";
		}
		else if ("sendmessage".equalsIgnoreCase(method)) {
			json = "{\"ok\": true, \"result\": {\"message_id\": " + this.calls.size()
					+ ", \"date\": 1700000000, \"chat\": {\"id\": 1, \"type\": \"private\"}, \"text\": \"ok\"}}";
		}
		else {
			json = "{\"ok\": true, \"result\": true}";
		}
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
