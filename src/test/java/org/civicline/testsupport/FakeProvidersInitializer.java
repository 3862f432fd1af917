package org.civicline.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the channels' provider clients of a test's application context at the shared
 * fakes ({@link FakeProviders}).
 */
public class FakeProvidersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("fakeProviders", Map.copyOf(FakeProviders.properties())));
	}

}
