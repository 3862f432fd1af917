package org.civicline.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Twilio's REST API that records what it receives. It accepts every
 * message unless told to answer the next ones with an error (429, 500, 21610…). One
 * instance serves the whole test run, as the Spring context does.
 */
public final class FakeTwilio {

	private static FakeTwilio running;

	private final HttpServer server;

	private final List<Received> received = new ArrayList<>();

	private final Deque<Answer> scripted = new ArrayDeque<>();

	private final AtomicInteger sids = new AtomicInteger();

	/** One request as the fake received it. */
	public record Received(String method, String path, Map<String, String> form, String authorization) {
	}

	private record Answer(String to, int status, String body) {
	}

	private FakeTwilio() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static synchronized FakeTwilio instance() {
		if (running == null) {
			try {
				running = new FakeTwilio();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start the fake Twilio", ex);
			}
		}
		return running;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The next message to the number gets this HTTP status and Twilio error code. */
	public void failNextTo(String to, int status, int code) {
		failNextTo(to, status, code, 1);
	}

	/**
	 * The next requests for the number get this error, as many times as given:
	 * twilio-java itself retries some errors a few times before it gives up.
	 */
	public synchronized void failNextTo(String to, int status, int code, int times) {
		for (int i = 0; i < times; i++) {
			failOnce(to, status, code);
		}
	}

	/** Forgets the errors still scripted for the number. */
	public synchronized void stopFailing(String to) {
		this.scripted.removeIf((answer) -> answer.to().equals(to));
	}

	private void failOnce(String to, int status, int code) {
		this.scripted.add(new Answer(to, status, "{\"code\": " + code + ", \"message\": \"scripted failure\", "
				+ "\"more_info\": \"https://www.twilio.com/docs/errors/" + code + "\", \"status\": " + status + "}"));
	}

	public synchronized List<Received> messagesTo(String to) {
		return this.received.stream().filter((r) -> to.equals(r.form().get("To"))).toList();
	}

	/** Waits until the messages to the number satisfy the condition, or fails. */
	public List<Received> awaitMessagesTo(String to, Predicate<List<Received>> condition, Duration timeout) {
		return WaitUntil.value("Fake Twilio to receive what was expected for " + to, timeout, () -> messagesTo(to),
				condition);
	}

	private void handle(HttpExchange exchange) throws IOException {
		if ("GET".equals(exchange.getRequestMethod())) {
			list(exchange);
			return;
		}
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> form = parse(body);
		Answer answer;
		synchronized (this) {
			this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), form,
					exchange.getRequestHeaders().getFirst("Authorization")));
			answer = this.scripted.stream().filter((a) -> a.to().equals(form.get("To"))).findFirst().orElse(null);
			if (answer != null) {
				this.scripted.remove(answer);
			}
		}
		if (answer == null) {
			String sid = String.format("SM%032d", this.sids.incrementAndGet());
			answer = new Answer(form.get("To"), 201, "{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"to\": \""
					+ form.get("To") + "\", \"body\": \"\", \"num_segments\": \"1\"}");
		}
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** Twilio's message list, filtered by {@code To} as twilio-java's reader asks. */
	private void list(HttpExchange exchange) throws IOException {
		Map<String, String> query = parse(
				(exchange.getRequestURI().getRawQuery() != null) ? exchange.getRequestURI().getRawQuery() : "");
		List<Received> sent;
		synchronized (this) {
			sent = this.received.stream()
				.filter((r) -> "POST".equals(r.method()) && r.form().get("To") != null
						&& r.form().get("To").equals(query.get("To")))
				.toList();
		}
		StringBuilder messages = new StringBuilder();
		for (int i = 0; i < sent.size(); i++) {
			messages.append((i > 0) ? "," : "")
				.append("{\"sid\": \"SMlisted")
				.append(i)
				.append("\", \"to\": \"")
				.append(sent.get(i).form().get("To"))
				.append("\", \"body\": \"")
				.append(escape(sent.get(i).form().get("Body")))
				.append("\", \"status\": \"sent\"}");
		}
		String path = exchange.getRequestURI().getPath();
		String json = "{\"messages\": [" + messages + "], \"uri\": \"" + path + "\", \"first_page_uri\": \"" + path
				+ "\", \"next_page_uri\": null, \"previous_page_uri\": null, \"page\": 0, \"page_size\": 100, "
				+ "\"start\": 0, \"end\": " + sent.size() + "}";
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String escape(String text) {
		return (text == null) ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
	}

	private static Map<String, String> parse(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		if (body.isEmpty()) {
			return form;
		}
		for (String pair : body.split("&")) {
			String[] kv = pair.split("=", 2);
			form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
					(kv.length > 1) ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
		}
		return form;
	}

}
