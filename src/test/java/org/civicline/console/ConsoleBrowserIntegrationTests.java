package org.civicline.console;

import java.util.Map;

import org.civicline.testsupport.Browser;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium: sign-in, an answer fixed and published from the
 * editor (with its SMS segment count), an editor without publish controls, sign-out, and
 * axe-core with no WCAG 2.1 AA violation on every section. The steps are in
 * {@code src/test/browser/console.test.mjs}.
 */
@CivicLineIntegrationTest
class ConsoleBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void staffUseTheConsoleInARealBrowser() throws Exception {
		Browser.Run run = Browser.test("console.test.mjs",
				Map.of("BASE_URL", "http://127.0.0.1:" + this.port, "STAFF_USER", CivicLineIntegrationTest.ADMIN_USER,
						"STAFF_PASSWORD", CivicLineIntegrationTest.ADMIN_PASSWORD, "SCREENSHOTS",
						Browser.SCREENSHOTS.toString()));
		System.out.println(run.output());
		assertThat(run.exitCode()).as(run.output()).isZero();
		Browser.publishScreenshot("console-faq.png", "console.png");
		assertThat(run.output()).contains("pass 3").contains("fail 0");
	}

}
