package org.civicline.web;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** How many requests the server works on at once. */
@CivicLineIntegrationTest
class WorkerThreadsTests {

	static final int CORES = Runtime.getRuntime().availableProcessors();

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void theRunningServerHasFourRequestThreadsPerCore() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();
		assertThat(protocol.getMaxThreads()).isEqualTo(WorkerThreads.PER_CORE * CORES);
	}

	@Test
	void aCityThatSetsTheThreadCountKeepsIt() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new WorkerThreads(new MockEnvironment().withProperty(WorkerThreads.SETTING, "50")).customize(factory);
		assertThat(factory.getConnectorCustomizers()).isEmpty();
	}

	@Test
	void withoutTheSettingTheCountFollowsTheCores() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new WorkerThreads(new MockEnvironment()).customize(factory);
		Connector connector = new Connector();
		factory.getConnectorCustomizers().forEach((customizer) -> customizer.customize(connector));
		assertThat(((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads())
			.isEqualTo(WorkerThreads.PER_CORE * CORES);
	}

}
