package org.civicline.testsupport;

import java.util.List;
import java.util.Map;

/**
 * The one start-up of the providers' fakes: {@link FakeTwilio} and {@link FakeTelegram}
 * start on first use and are shared by every test of the run, and these are the settings
 * that point a CivicLine (in the test's context or in a process of its own) at them.
 */
public final class FakeProviders {

	private FakeProviders() {
	}

	/**
	 * Starts the fakes if they are not running yet and gives CivicLine's settings for
	 * them.
	 */
	public static Map<String, String> properties() {
		return Map.of("civicline.sms.twilio.api-base-url", FakeTwilio.instance().baseUrl(),
				"civicline.telegram.api-base-url", FakeTelegram.instance().baseUrl());
	}

	/**
	 * The same settings as command-line arguments, for a CivicLine started as a process.
	 */
	public static List<String> arguments() {
		return properties().entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.sorted()
			.toList();
	}

}
