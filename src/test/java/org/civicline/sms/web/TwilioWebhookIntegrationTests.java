package org.civicline.sms.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.Subscriber;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.civicline.testsupport.FakeTwilio;
import org.civicline.tickets.Ticket;
import org.civicline.tickets.Tickets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents' texts as Twilio posts them, signed with the account's token, and what goes
 * back: TwiML in the response, and messages through twilio-java to a fake Twilio.
 */
@CivicLineIntegrationTest
class TwilioWebhookIntegrationTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final AtomicInteger sids = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	AlertSubscriptions subscriptions;

	@Autowired
	Tickets tickets;

	@Autowired
	JdbcClient jdbc;

	@Nested
	class Signatures {

		@Test
		void anUnsignedOrForgedRequestIsRefusedAndNothingIsProcessed() throws Exception {
			String from = "+16175550101";
			Map<String, String> form = message(from, "STOP");
			assertThat(post("/webhooks/twilio/sms", form, null).statusCode()).isEqualTo(403);
			assertThat(post("/webhooks/twilio/sms", form, "AAAAAAAAAAAAAAAAAAAAAAAAAAA=").statusCode()).isEqualTo(403);
			Map<String, String> tampered = new LinkedHashMap<>(form);
			String signature = sign(url("/webhooks/twilio/sms"), form);
			tampered.put("Body", "START");
			assertThat(post("/webhooks/twilio/sms", tampered, signature).statusCode()).isEqualTo(403);
			assertThat(subscriptions.find("sms", from)).isEmpty();
			assertThat(count("select count(*) from sms_inbound where sender = ?", from)).isZero();
		}

		@Test
		void aBodyWithABrokenPercentEscapeIsABadRequestNotAServerError() throws Exception {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/webhooks/twilio/sms")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("From=%2B16175550185&Body=%zz"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(count("select count(*) from sms_inbound where sender = ?", "+16175550185")).isZero();
		}

		@Test
		void theStatusCallbackIsSignatureCheckedToo() throws Exception {
			Map<String, String> form = Map.of("MessageSid", "SMnothing", "MessageStatus", "delivered");
			assertThat(post("/webhooks/twilio/status", form, "forged").statusCode()).isEqualTo(403);
		}

	}

	@Nested
	class Replies {

		@Test
		void aQuestionIsAnsweredInTwimlWithinOneSmsLimit() throws Exception {
			HttpResponse<String> response = text("+16175550102", "how do I get rid of an old couch");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/xml"));
			assertThat(response.body()).startsWith("<?xml").contains("<Response>");
			assertThat(reply(response)).isNotBlank().hasSizeLessThanOrEqualTo(1600).doesNotContain("**");
		}

		@Test
		void aLongAnswerSendsTheShortFormAndMoreSendsTheRest() throws Exception {
			String from = "+16175550103";
			String first = reply(text(from, "how does street sweeping work and when do I have to move my car"));
			if (first.contains("Reply MORE")) {
				String more = reply(text(from, "MORE"));
				assertThat(more).isNotBlank().hasSizeLessThanOrEqualTo(1600).isNotEqualTo(first);
			}
			assertThat(reply(text("+16175550199", "MORE"))).contains("nothing more").isNotBlank();
		}

		@Test
		void aRetryOfTheSameMessageIsAnsweredAsBeforeAndHandledOnce() throws Exception {
			String from = "+16175550104";
			Map<String, String> form = message(from, "pothole outside 14 Harbor Street");
			HttpResponse<String> first = post("/webhooks/twilio/sms", form, sign(url("/webhooks/twilio/sms"), form));
			HttpResponse<String> retry = post("/webhooks/twilio/sms", form, sign(url("/webhooks/twilio/sms"), form));
			assertThat(retry.body()).isEqualTo(first.body());
			assertThat(count("select count(*) from sms_inbound where sender = ?", from)).isEqualTo(1);
			// Were the retry handled again, the report would have moved on to its next
			// step.
			assertThat(reply(text(from, "YES"))).contains("Filed");
		}

		@Test
		void nothingToSayIsAnEmptyResponseNotAnEmptyBody() throws Exception {
			String from = "+16175550105";
			for (int i = 0; i < 20; i++) {
				text(from, "hello " + i);
			}
			assertThat(reply(text(from, "hello again"))).contains("a lot of messages");
			HttpResponse<String> silent = text(from, "and again");
			assertThat(silent.statusCode()).isEqualTo(200);
			assertThat(silent.body()).contains("<Response/>").doesNotContain("<Message");
		}

		@Test
		void stopStillWorksForASenderOverTheLimit() throws Exception {
			String from = "+16175550106";
			for (int i = 0; i < 22; i++) {
				text(from, "hi " + i);
			}
			assertThat(reply(text(from, "STOP"))).contains("unsubscribed");
			assertThat(subscriptions.find("sms", from)).hasValueSatisfying(
					(subscriber) -> assertThat(subscriber.status()).isEqualTo(Subscriber.Status.OPTED_OUT));
		}

		@Test
		void aPhotoSentWithAReportIsKeptOnTheTicket() throws Exception {
			String from = "+16175550107";
			Map<String, String> form = message(from, "graffiti on the wall of the library at 20 Quay Street");
			form.put("NumMedia", "1");
			form.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
			form.put("MediaContentType0", "image/jpeg");
			reply(post("/webhooks/twilio/sms", form, sign(url("/webhooks/twilio/sms"), form)));
			String filed = answerUntilFiled(from);
			Matcher number = Pattern.compile("request number is (\\d+)").matcher(filed);
			assertThat(number.find()).as(filed).isTrue();
			Ticket ticket = tickets.findByNumber(number.group(1)).orElseThrow();
			assertThat(ticket.mediaUrl()).isEqualTo(form.get("MediaUrl0"));
			assertThat(ticket.channel()).isEqualTo("sms");
			assertThat(ticket.sender()).isEqualTo(from);
		}

		private String answerUntilFiled(String from) throws Exception {
			String last = "";
			for (String answer : List.of("yes", "no", "YES", "YES")) {
				last = reply(text(from, answer));
				if (last.contains("Filed")) {
					return last;
				}
			}
			return last;
		}

	}

	@Nested
	class Keywords {

		@Test
		void stopUnsubscribesWithOneConfirmationAndIsInTheLedger() throws Exception {
			String from = "+16175550110";
			assertThat(reply(text(from, " stop "))).contains("unsubscribed").contains("START");
			assertThat(subscriptions.mayAlert("sms", from)).isFalse();
			assertThat(subscriptions.ledger()).anySatisfy((record) -> {
				assertThat(record.address()).isEqualTo(from);
				assertThat(record.action()).isEqualTo("opted-out");
				assertThat(record.words()).isEqualTo(" stop ");
			});
		}

		@Test
		void aKeywordInsideASentenceIsAnOrdinaryMessage() throws Exception {
			String from = "+16175550111";
			String answer = reply(text(from, "how do I stop the noise next door"));
			assertThat(answer).doesNotContain("unsubscribed");
			assertThat(subscriptions.find("sms", from)).isEmpty();
		}

		@Test
		void helpNamesTheProgramRatesAndHowToStop() throws Exception {
			String help = reply(text("+16175550112", "HELP"));
			assertThat(help).contains("311").contains("Msg & data rates may apply").contains("STOP").contains("911");
		}

		@Test
		void spanishKeywordsAreAnsweredInSpanish() throws Exception {
			assertThat(reply(text("+16175550113", "AYUDA"))).contains("PARAR").contains("tarifas");
			assertThat(reply(text("+16175550113", "parar"))).contains("INICIAR");
		}

	}

	@Nested
	class AlertSignUp {

		@Test
		void alertsWithAZipAsksForYesThenConfirms() throws Exception {
			String from = "+16175550120";
			String ask = reply(text(from, "ALERTS 02134"));
			assertThat(ask).contains("Reply YES")
				.contains("02134")
				.contains("Msg & data rates may apply")
				.contains("STOP");
			assertThat(subscriptions.mayAlert("sms", from)).isFalse();
			assertThat(reply(text(from, "yes"))).contains("signed up");
			assertThat(subscriptions.find("sms", from)).hasValueSatisfying((subscriber) -> {
				assertThat(subscriber.status()).isEqualTo(Subscriber.Status.CONFIRMED);
				assertThat(subscriber.zone()).isEqualTo("02134");
			});
			assertThat(subscriptions.ledger().stream().filter((r) -> r.address().equals(from)).map((r) -> r.action()))
				.containsExactly("requested", "confirmed");
		}

		@Test
		void askingInWordsStartsTheSameDoubleOptIn() throws Exception {
			String from = "+16175550121";
			assertThat(reply(text(from, "sign me up for emergency texts please"))).contains("Reply YES");
			assertThat(reply(text(from, "YES"))).contains("signed up");
			assertThat(subscriptions.mayAlert("sms", from)).isTrue();
		}

		@Test
		void askingInWordsToStopAlertsOptsOut() throws Exception {
			String from = "+16175550124";
			text(from, "ALERTS");
			text(from, "YES");
			assertThat(reply(text(from, "please stop sending me the emergency alert texts"))).contains("unsubscribed");
			assertThat(subscriptions.mayAlert("sms", from)).isFalse();
		}

		@Test
		void stopThenStartBringsAConfirmedSubscriberBack() throws Exception {
			String from = "+16175550122";
			text(from, "ALERTS");
			text(from, "YES");
			text(from, "STOP");
			assertThat(subscriptions.mayAlert("sms", from)).isFalse();
			assertThat(reply(text(from, "START"))).contains("signed up");
			assertThat(subscriptions.mayAlert("sms", from)).isTrue();
		}

		@Test
		void spanishSignUpKeepsTheLanguage() throws Exception {
			String from = "+16175550123";
			assertThat(reply(text(from, "ALERTAS"))).contains("Responda SI");
			assertThat(reply(text(from, "si"))).contains("recibira alertas");
			assertThat(subscriptions.find("sms", from).orElseThrow().language()).isEqualTo("es");
		}

	}

	@Nested
	class InSpanish {

		@Test
		void aQuestionIsAnsweredWithTheSpanishFaq() throws Exception {
			String answer = reply(text("+16175550181", "¿qué día recogen la basura en mi calle?"));
			assertThat(answer).containsIgnoringCase("basura")
				.doesNotContain("Trash and recycling")
				.endsWith("Responda MAS para la respuesta completa.");
		}

		@Test
		void aPotholeIsReportedConfirmedFiledAndCheckedInSpanish() throws Exception {
			String from = "+16175550182";
			assertThat(reply(text(from, "hay un bache enorme frente al 300 de Elm St"))).contains("¿Lo presento?")
				.contains("Responda SÍ o NO");
			String filed = reply(text(from, "si"));
			assertThat(filed).startsWith("¡Listo! Su número de solicitud es");
			String number = filed.replaceAll("(?s).*solicitud es (\\S+) .*", "$1");
			assertThat(reply(text(from, "estado " + number))).contains("Bache").contains("ABIERTA");
			tickets.changeStatus(number, "closed", "Bache tapado.");
			List<FakeTwilio.Received> sent = FakeTwilio.instance()
				.awaitMessagesTo(from, (received) -> !received.isEmpty(), Duration.ofSeconds(20));
			assertThat(sent.get(0).form().get("Body")).contains("la solicitud #" + number + " ahora esta cerrada")
				.contains("Bache tapado.");
		}

		@Test
		void askingForAlertsInSpanishWordsSignsUpInSpanish() throws Exception {
			String from = "+16175550183";
			assertThat(reply(text(from, "quiero recibir las alertas de emergencia por mensaje de texto")))
				.contains("Responda SI");
			assertThat(reply(text(from, "si"))).contains("recibira alertas");
			assertThat(subscriptions.find("sms", from).orElseThrow().language()).isEqualTo("es");
		}

		@Test
		void aLifeAtRiskIsSentTo911InSpanish() throws Exception {
			assertThat(reply(text("+16175550184", "se metieron a mi casa y estan adentro"))).startsWith("Llame al 911");
		}

	}

	@Nested
	class Erasing {

		@Test
		void aResidentWhoAsksIsForgottenAfterConfirmingAndTheirRequestStaysWithoutThem() throws Exception {
			String from = "+16175550186";
			text(from, "ALERTS");
			text(from, "YES");
			text(from, "streetlight out in front of 31 Anchor Lane");
			String filed = "";
			for (int i = 0; i < 3 && !filed.contains("Filed"); i++) {
				filed = reply(text(from, "yes"));
			}
			Matcher number = Pattern.compile("request number is (\\d+)").matcher(filed);
			assertThat(number.find()).as(filed).isTrue();

			assertThat(reply(text(from, "please delete my data"))).contains("Reply DELETE");
			assertThat(subscriptions.find("sms", from)).as("nothing goes before the resident confirms").isPresent();
			assertThat(reply(text(from, "DELETE"))).startsWith("Done");

			assertThat(subscriptions.find("sms", from)).isEmpty();
			assertThat(subscriptions.ledger()).noneMatch((record) -> record.address().equals(from));
			assertThat(count("select count(*) from sms_inbound where sender = ?", from)).isZero();
			assertThat(count("select count(*) from dialogue_state where conversation = ?", "sms:" + from)).isZero();
			assertThat(tickets.findByNumber(number.group(1)).orElseThrow().sender()).isEqualTo("erased");
			assertThat(tickets.findBySender("sms", from, 5)).isEmpty();
			assertThat(count("select count(*) from erasure where actor = ?", "resident")).isPositive();
		}

		@Test
		void theLogsOfAWholeConversationHoldNeitherTheNumberNorTheWords() throws Exception {
			// Read from an appender of our own: the console may already be captured by
			// another test's output capture when the whole suite runs in one JVM. And at
			// the product's own level, INFO: a command run earlier in the same JVM leaves
			// the root logger at WARN.
			Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			Level level = root.getLevel();
			root.setLevel(Level.INFO);
			ListAppender<ILoggingEvent> logged = new ListAppender<>();
			logged.start();
			root.addAppender(logged);
			try {
				String from = "+16175550188";
				text(from, "ALERTS");
				text(from, "YES");
				text(from, "the lamp post by the zebra crossing at 77 Quillfeather Row is dark");
				text(from, "yes");
				text(from, "my email is quill.resident@example.org, call me");
				text(from, "delete my data");
				text(from, "DELETE");
			}
			finally {
				root.detachAppender(logged);
				root.setLevel(level);
			}
			StringBuilder log = new StringBuilder();
			for (ILoggingEvent event : logged.list) {
				log.append(event.getFormattedMessage()).append('\n');
				if (event.getThrowableProxy() != null) {
					log.append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
				}
			}
			assertThat(log.toString()).as("the erasure is logged, and the log is read here")
				.contains("Erased")
				.doesNotContain("6175550188")
				.doesNotContain("Quillfeather")
				.doesNotContain("quill.resident@example.org");
		}

		@Test
		void anythingButTheConfirmationKeepsTheData() throws Exception {
			String from = "+16175550187";
			text(from, "ALERTS");
			text(from, "YES");
			text(from, "borra mis datos");
			assertThat(reply(text(from, "no, mejor no"))).doesNotStartWith("Listo");
			assertThat(subscriptions.find("sms", from)).isPresent();
		}

	}

	@Nested
	class Outbound {

		@Test
		void aStatusChangeOnATicketFiledByTextIsTextedThroughTwilio() throws Exception {
			String from = "+16175550130";
			text(from, "streetlight out in front of 9 Anchor Lane");
			String filed = "";
			for (String answer : List.of("yes", "YES", "YES")) {
				filed = reply(text(from, answer));
				if (filed.contains("Filed")) {
					break;
				}
			}
			Matcher number = Pattern.compile("request number is (\\d+)").matcher(filed);
			assertThat(number.find()).as(filed).isTrue();
			tickets.changeStatus(number.group(1), "closed", "Crew replaced the lamp.");
			List<FakeTwilio.Received> sent = FakeTwilio.instance()
				.awaitMessagesTo(from, (received) -> !received.isEmpty(), Duration.ofSeconds(20));
			FakeTwilio.Received message = sent.get(0);
			assertThat(message.path())
				.isEqualTo("/2010-04-01/Accounts/" + CivicLineIntegrationTest.TWILIO_ACCOUNT + "/Messages.json");
			assertThat(message.form()).containsEntry("From", CivicLineIntegrationTest.CITY_NUMBER)
				.containsEntry("To", from);
			assertThat(message.form().get("Body")).contains("#" + number.group(1))
				.contains("closed")
				.contains("Crew replaced the lamp.");
			assertThat(message.authorization()).startsWith("Basic ");
		}

		@Test
		void twilioStatusCallbacksAreRecordedAndNeverGoBackwards() throws Exception {
			jdbc.sql("""
					insert into sms_outbound (recipient, body, purpose, state, attempts, next_attempt_at,
					    provider_sid, created_at, updated_at)
					values ('+16175550131', 'x', 'test', 'sent', 1, current_timestamp, 'SMstatus1',
					    current_timestamp, current_timestamp)""").update();
			assertThat(callback("SMstatus1", "delivered").statusCode()).isEqualTo(204);
			assertThat(callback("SMstatus1", "sent").statusCode()).isEqualTo(204);
			assertThat(jdbc.sql("select delivery_status from sms_outbound where provider_sid = 'SMstatus1'")
				.query(String.class)
				.single()).isEqualTo("delivered");
		}

		private HttpResponse<String> callback(String sid, String status) throws Exception {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("MessageSid", sid);
			form.put("MessageStatus", status);
			form.put("AccountSid", CivicLineIntegrationTest.TWILIO_ACCOUNT);
			return post("/webhooks/twilio/status", form, sign(url("/webhooks/twilio/status"), form));
		}

	}

	HttpResponse<String> text(String from, String body) throws Exception {
		Map<String, String> form = message(from, body);
		return post("/webhooks/twilio/sms", form, sign(url("/webhooks/twilio/sms"), form));
	}

	static Map<String, String> message(String from, String body) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("MessageSid", "SM" + String.format("%032d", sids.incrementAndGet()));
		form.put("AccountSid", CivicLineIntegrationTest.TWILIO_ACCOUNT);
		form.put("From", from);
		form.put("To", CivicLineIntegrationTest.CITY_NUMBER);
		form.put("Body", body);
		form.put("NumMedia", "0");
		return form;
	}

	HttpResponse<String> post(String path, Map<String, String> form, String signature) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("X-Twilio-Signature", signature);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	int count(String sql, String sender) {
		return this.jdbc.sql(sql).param(sender).query(Integer.class).single();
	}

	/** The text of the TwiML reply's messages, or empty. */
	static String reply(HttpResponse<String> response) {
		Matcher message = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL).matcher(response.body());
		StringBuilder text = new StringBuilder();
		while (message.find()) {
			text.append(message.group(1)
				.replace("&amp;", "&")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&quot;", "\"")
				.replace("&apos;", "'"));
		}
		return text.toString();
	}

	/** Twilio's signature: HMAC-SHA1 of the URL and the sorted parameters, in Base64. */
	static String sign(String url, Map<String, String> form) throws Exception {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(CivicLineIntegrationTest.TWILIO_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
	}

}
