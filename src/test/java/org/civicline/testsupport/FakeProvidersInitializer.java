package org.civicline.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the channels' provider clients at the shared fakes: {@link FakeTwilio} and
 * {@link FakeTelegram}.
 */
public class FakeProvidersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("fakeTwilio",
					Map.of("civicline.sms.twilio.api-base-url", FakeTwilio.instance().baseUrl(),
							"civicline.telegram.api-base-url", FakeTelegram.instance().baseUrl())));
	}

}
