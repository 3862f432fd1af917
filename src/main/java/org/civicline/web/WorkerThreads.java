package org.civicline.web;

import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sizes Tomcat's request threads to the machine: four for each core, not Tomcat's 200.
 * Reading a message is work for the processor, so threads beyond a few per core only take
 * turns on it, and every request in flight finishes later: on 2 cores with 16 clients,
 * the slowest hundredth of analyses took 22-27 ms with 200 threads and 15-20 ms with 4 or
 * 8 (README, performance). Four per core still leaves threads to wait on the database. An
 * explicit {@code server.tomcat.threads.max} wins.
 */
@Component
class WorkerThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	static final String SETTING = "server.tomcat.threads.max";

	static final int PER_CORE = 4;

	private final Environment environment;

	WorkerThreads(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		if (this.environment.containsProperty(SETTING)) {
			return;
		}
		int threads = PER_CORE * Runtime.getRuntime().availableProcessors();
		// A connector customizer, as Boot sets the property's count with one: added
		// after it, this runs after it.
		factory.addConnectorCustomizers((connector) -> {
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setMaxThreads(threads);
			}
		});
	}

}
