package org.civicline.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with an in-memory store and a staff admin. Every
 * integration test uses exactly this, so Spring starts it (CoreNLP, index, classifier)
 * once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1",
				"civicline.admin.user=" + CivicLineIntegrationTest.ADMIN_USER,
				"civicline.admin.password=" + CivicLineIntegrationTest.ADMIN_PASSWORD,
				"civicline.open311.api-keys=" + CivicLineIntegrationTest.OPEN311_KEY,
				"civicline.sms.twilio.account-sid=" + CivicLineIntegrationTest.TWILIO_ACCOUNT,
				"civicline.sms.twilio.auth-token=" + CivicLineIntegrationTest.TWILIO_TOKEN,
				"civicline.sms.twilio.from=" + CivicLineIntegrationTest.CITY_NUMBER,
				"civicline.sms.twilio.max-messages-per-second=100", "civicline.sms.outbox-poll-interval=100ms",
				"civicline.emergency.outbox-poll-interval=100ms", "civicline.emergency.claim-timeout=1s",
				"civicline.emergency.alerts-per-second=500",
				"civicline.telegram.bot-token=" + CivicLineIntegrationTest.TELEGRAM_TOKEN,
				"civicline.telegram.bot-username=city311_test_bot",
				"civicline.telegram.webhook-secret=" + CivicLineIntegrationTest.TELEGRAM_SECRET,
				// Every test chats from 127.0.0.1: one address limit would stop the
				// suite.
				"civicline.webchat.allowed-origins=https://www.portmarlow.example,http://localhost:*",
				"civicline.webchat.address-messages-per-minute=1000000",
				// What the engine understands is tested, not what a flooded server can
				// afford: the encoder reads every message that needs it, as in evaluate.
				"civicline.conversation.meaning.processor-share=1" })
@ContextConfiguration(initializers = FakeProvidersInitializer.class)
public @interface CivicLineIntegrationTest {

	String ADMIN_USER = "staff";

	String ADMIN_PASSWORD = "staff-secret-for-tests";

	String OPEN311_KEY = "open311-key-for-tests";

	String TWILIO_ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	String TWILIO_TOKEN = "twilio-token-for-tests";

	String CITY_NUMBER = "+15550000311";

	String TELEGRAM_TOKEN = "123456:telegram-token-for-tests";

	String TELEGRAM_SECRET = "telegram_secret_for_tests";

}
