package org.civicline.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the SMS channel's Twilio client at the shared {@link FakeTwilio}. */
public class FakeTwilioInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("fakeTwilio",
					Map.of("civicline.sms.twilio.api-base-url", FakeTwilio.instance().baseUrl())));
	}

}
