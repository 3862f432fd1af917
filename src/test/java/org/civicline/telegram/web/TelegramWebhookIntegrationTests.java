package org.civicline.telegram.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.civicline.conversation.CallbackRequest;
import org.civicline.conversation.Conversations;
import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.spi.AlertSender;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.FakeTelegram;
import org.civicline.testsupport.WaitUntil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates as Telegram posts them, answered through telegrambots' real client to a fake
 * Bot API.
 */
@CivicLineIntegrationTest
class TelegramWebhookIntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final AtomicLong updateIds = new AtomicLong(500_000);

	@LocalServerPort
	int port;

	@Autowired
	AlertSubscriptions subscriptions;

	@Autowired
	List<AlertSender> senders;

	final FakeTelegram telegram = FakeTelegram.instance();

	@Test
	void aWrongOrMissingSecretIsRefusedAndNothingIsSent() throws Exception {
		String update = text(updateIds.incrementAndGet(), 7001, "refused-secret-check pothole");
		assertThat(post(update, "wrong").statusCode()).isEqualTo(403);
		assertThat(post(update, null).statusCode()).isEqualTo(403);
		Thread.sleep(300);
		assertThat(this.telegram.callsMentioning("\"chat_id\":\"7001\"")).isEmpty();
	}

	@Test
	void aQuestionIsAnsweredThroughSendMessage() throws Exception {
		assertThat(post(text(updateIds.incrementAndGet(), 7002, "how do i get rid of a mattress"),
				CivicLineIntegrationTest.TELEGRAM_SECRET)
			.statusCode()).isEqualTo(200);
		List<FakeTelegram.Call> sent = this.telegram.await("\"chat_id\":\"7002\"", (calls) -> !calls.isEmpty(),
				Duration.ofSeconds(10));
		assertThat(sent.get(0).method()).isEqualTo("sendMessage");
		assertThat(sent.get(0).body()).containsIgnoringCase("mattress");
	}

	@Test
	void aResidentWhoseTelegramIsInSpanishIsWelcomedAndAnsweredInSpanish() throws Exception {
		post(spanish(updateIds.incrementAndGet(), 7030, "/start"), CivicLineIntegrationTest.TELEGRAM_SECRET);
		assertThat(this.telegram.await("\"chat_id\":\"7030\"", (calls) -> !calls.isEmpty(), Duration.ofSeconds(10))
			.get(0)
			.body()).contains("311 de su ciudad");
		post(spanish(updateIds.incrementAndGet(), 7030, "donde llevo un colchon viejo"),
				CivicLineIntegrationTest.TELEGRAM_SECRET);
		List<FakeTelegram.Call> sent = this.telegram.await("\"chat_id\":\"7030\"", (calls) -> calls.size() >= 2,
				Duration.ofSeconds(10));
		assertThat(sent.get(1).body()).containsIgnoringCase("basura").doesNotContain("regular trash");
		post(spanish(updateIds.incrementAndGet(), 7030, "mi hijo no respira"),
				CivicLineIntegrationTest.TELEGRAM_SECRET);
		assertThat(this.telegram.await("\"chat_id\":\"7030\"", (calls) -> calls.size() >= 3, Duration.ofSeconds(10))
			.get(2)
			.body()).contains("Llame al 911");
	}

	@Test
	void aFloodFromOneChatGetsOnePoliteReplyAndTheRestAreDropped() throws Exception {
		for (int i = 0; i < 24; i++) {
			post(text(updateIds.incrementAndGet(), 7031, "hello " + i), CivicLineIntegrationTest.TELEGRAM_SECRET);
		}
		List<FakeTelegram.Call> sent = this.telegram.await("\"chat_id\":\"7031\"", (calls) -> calls.size() >= 21,
				Duration.ofSeconds(20));
		Thread.sleep(500);
		sent = this.telegram.await("\"chat_id\":\"7031\"", (calls) -> true, Duration.ofSeconds(1));
		assertThat(sent).hasSize(21);
		assertThat(sent.stream().filter((call) -> call.body().contains("faster than I can answer"))).hasSize(1);
	}

	static String spanish(long updateId, long chat, String text) {
		return text(updateId, chat, text).replace("\"first_name\": \"R\"",
				"\"first_name\": \"R\", \"language_code\": \"es\"");
	}

	@Test
	void aRedeliveredUpdateIsAnsweredOnce() throws Exception {
		String update = text(updateIds.incrementAndGet(), 7003, "when is trash day");
		post(update, CivicLineIntegrationTest.TELEGRAM_SECRET);
		post(update, CivicLineIntegrationTest.TELEGRAM_SECRET);
		this.telegram.await("\"chat_id\":\"7003\"", (calls) -> !calls.isEmpty(), Duration.ofSeconds(10));
		Thread.sleep(500);
		assertThat(this.telegram.callsMentioning("\"chat_id\":\"7003\"")).hasSize(1);
	}

	@Test
	void aReportTakesASharedLocationAndOffersQuickRepliesAsButtons() throws Exception {
		post(text(updateIds.incrementAndGet(), 7004, "there is a pothole"), CivicLineIntegrationTest.TELEGRAM_SECRET);
		this.telegram.await("\"chat_id\":\"7004\"", (calls) -> calls.size() >= 1, Duration.ofSeconds(10));
		String location = """
				{"update_id": %d, "message": {"message_id": 2, "date": 1700000000,
				 "chat": {"id": 7004, "type": "private"}, "from": {"id": 7004, "is_bot": false, "first_name": "R"},
				 "location": {"latitude": 42.3601, "longitude": -71.0589}}}""".formatted(updateIds.incrementAndGet());
		post(location, CivicLineIntegrationTest.TELEGRAM_SECRET);
		List<FakeTelegram.Call> calls = this.telegram.await("\"chat_id\":\"7004\"", (all) -> all.size() >= 2,
				Duration.ofSeconds(10));
		String confirm = calls.get(calls.size() - 1).body();
		assertThat(confirm).contains("42.36010").contains("inline_keyboard").contains("\"callback_data\":\"YES\"");
		String tapped = """
				{"update_id": %d, "callback_query": {"id": "cb-1", "from": {"id": 7004, "is_bot": false, "first_name": "R"},
				 "message": {"message_id": 3, "date": 1700000000, "chat": {"id": 7004, "type": "private"}, "text": "x"},
				 "chat_instance": "1", "data": "YES"}}"""
			.formatted(updateIds.incrementAndGet());
		post(tapped, CivicLineIntegrationTest.TELEGRAM_SECRET);
		List<FakeTelegram.Call> filed = this.telegram.await("\"chat_id\":\"7004\"",
				(all) -> all.stream().anyMatch((call) -> call.body().contains("Filed")), Duration.ofSeconds(10));
		assertThat(filed).isNotEmpty();
	}

	@Test
	void alertsTurnsEmergencyAlertsOnAndOffAndTheySendHere() throws Exception {
		post(text(updateIds.incrementAndGet(), 7005, "/alerts"), CivicLineIntegrationTest.TELEGRAM_SECRET);
		this.telegram.await("\"chat_id\":\"7005\"", (calls) -> !calls.isEmpty(), Duration.ofSeconds(10));
		assertThat(this.subscriptions.mayAlert("telegram", "7005")).isTrue();
		AlertSender sender = this.senders.stream()
			.filter((s) -> s.channel().equals("telegram"))
			.findFirst()
			.orElseThrow();
		assertThat(sender.send(new AlertSender.AlertMessage("7005", "Flood warning")).outcome())
			.isEqualTo(AlertSender.Outcome.ACCEPTED);
		post(text(updateIds.incrementAndGet(), 7005, "/alerts@city311_test_bot"),
				CivicLineIntegrationTest.TELEGRAM_SECRET);
		this.telegram.await("\"chat_id\":\"7005\"", (calls) -> calls.size() >= 3, Duration.ofSeconds(10));
		assertThat(this.subscriptions.mayAlert("telegram", "7005")).isFalse();
	}

	@Test
	void a429IsWaitedOutAndTheMessageStillArrives() throws Exception {
		this.telegram.answerNextWithTooManyRequests();
		post(text(updateIds.incrementAndGet(), 7006, "/help"), CivicLineIntegrationTest.TELEGRAM_SECRET);
		List<FakeTelegram.Call> calls = this.telegram.await("\"chat_id\":\"7006\"", (all) -> all.size() >= 2,
				Duration.ofSeconds(15));
		assertThat(calls).hasSize(2).allSatisfy((call) -> assertThat(call.body()).contains("/report"));
	}

	@Test
	void staffAnswerAResidentWhoAskedForAPersonAndSeeWhenItCouldNotArrive(@Autowired Conversations conversations)
			throws Exception {
		for (long chat : new long[] { 7010, 7011 }) {
			post(text(updateIds.incrementAndGet(), chat, "hello, this is resident " + chat),
					CivicLineIntegrationTest.TELEGRAM_SECRET);
			post(text(updateIds.incrementAndGet(), chat, "can i talk to a real person"),
					CivicLineIntegrationTest.TELEGRAM_SECRET);
		}
		long reachable = awaitRequest(conversations, "resident 7010", (request) -> true).id();
		long blocked = awaitRequest(conversations, "resident 7011", (request) -> true).id();

		conversations.answerCallback(reachable, "Hi, Sam from 311: we can help with that.", "sam");
		this.telegram.await("Sam from 311", (calls) -> calls.stream().anyMatch((call) -> call.body().contains("7010")),
				Duration.ofSeconds(10));

		this.telegram.blockedBy(7011);
		conversations.answerCallback(blocked, "Hi, Sam from 311 again.", "sam");
		CallbackRequest told = awaitRequest(conversations, "resident 7011",
				(request) -> request.conversation().stream().anyMatch((line) -> "notice".equals(line.author())));
		assertThat(told.conversation().get(told.conversation().size() - 1).text()).contains("blocked the bot");
	}

	@Test
	void aStaffAnswerTelegramCouldNotTakeIsTriedAgainFromTheStoreAndArrives(@Autowired Conversations conversations,
			@Autowired JdbcClient jdbc) throws Exception {
		post(text(updateIds.incrementAndGet(), 7012, "hello, this is resident 7012"),
				CivicLineIntegrationTest.TELEGRAM_SECRET);
		post(text(updateIds.incrementAndGet(), 7012, "can i talk to a real person"),
				CivicLineIntegrationTest.TELEGRAM_SECRET);
		long request = awaitRequest(conversations, "resident 7012", (any) -> true).id();

		this.telegram.answerNextAsUnavailableFor("crew comes Monday");
		conversations.answerCallback(request, "Hi, Sam from 311: the crew comes Monday.", "sam");
		assertThat(awaitRetries(jdbc, (waiting) -> !waiting.isEmpty())).as("waiting in the store, not in memory")
			.containsExactly("7012");
		assertThat(this.telegram.callsMentioning("crew comes Monday")).hasSize(1);

		List<FakeTelegram.Call> calls = this.telegram.await("crew comes Monday", (all) -> all.size() >= 2,
				Duration.ofSeconds(20));
		assertThat(calls).hasSize(2);
		// The fake records the message when it arrives; the row goes only once
		// Telegram's answer is back.
		assertThat(awaitRetries(jdbc, List::isEmpty)).as("rows still waiting after delivery").isEmpty();
	}

	/** The addresses in {@code alert_retry} once they settle. */
	private static List<String> awaitRetries(JdbcClient jdbc, java.util.function.Predicate<List<String>> settled) {
		return WaitUntil.value("the alert retries to settle", Duration.ofSeconds(5),
				() -> jdbc.sql("select address from alert_retry").query(String.class).list(), settled);
	}

	private static CallbackRequest awaitRequest(Conversations conversations, String mentioning,
			java.util.function.Predicate<CallbackRequest> condition) {
		return WaitUntil.value("an open request mentioning " + mentioning, Duration.ofSeconds(15), () -> conversations
			.openCallbacks()
			.stream()
			.filter((request) -> request.conversation().stream().anyMatch((line) -> line.text().contains(mentioning))
					&& condition.test(request))
			.findFirst(), java.util.Optional::isPresent).orElseThrow();
	}

	static String text(long updateId, long chat, String text) {
		return """
				{"update_id": %d, "message": {"message_id": 1, "date": 1700000000,
				 "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "R"},
				 "text": "%s"}}""".formatted(updateId, chat, chat, text);
	}

	HttpResponse<String> post(String body, String secret) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/webhooks/telegram"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
