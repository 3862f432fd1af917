package org.civicline.webchat;

import java.util.Map;

import org.civicline.testsupport.Browser;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget on the demo page in headless Chromium: a question answered, a pothole filed
 * to a request number, a reload and a second tab, keyboard only, axe-core with no WCAG
 * 2.1 AA violation, escaping, limits, the emergency banner, a strict-policy city site of
 * another origin, and a resident who chats in Spanish. The steps are in
 * {@code src/test/browser/webchat.test.mjs}.
 */
@CivicLineIntegrationTest
class WebChatBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theWidgetWorksForResidentsInARealBrowser() throws Exception {
		Browser.Run run = Browser.test("webchat.test.mjs",
				Map.of("BASE_URL", "http://127.0.0.1:" + this.port, "STAFF_USER", CivicLineIntegrationTest.ADMIN_USER,
						"STAFF_PASSWORD", CivicLineIntegrationTest.ADMIN_PASSWORD, "SCREENSHOTS",
						Browser.SCREENSHOTS.toString()));
		System.out.println(run.output());
		assertThat(run.exitCode()).as(run.output()).isZero();
		Browser.publishScreenshot("webchat-ticket.png", "webchat.png");
		assertThat(run.output()).contains("pass 12").contains("fail 0");
	}

}
