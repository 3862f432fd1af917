package org.civicline;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;

import org.civicline.evaluation.Commands;

import org.springframework.aot.AotDetector;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.modulith.Modulithic;
import org.springframework.util.ClassUtils;

/**
 * CivicLine: a city's 311 assistant. Started without arguments it serves the web API and
 * chat page; started with a command word ({@code evaluate}, {@code benchmark}) it runs
 * that command in-process and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "web")
public class CivicLineApplication {

	// Written by the build's process-aot step: the server's bean definitions as code.
	private static final String BUILD_TIME_CONTEXT = CivicLineApplication.class.getName()
			+ "__ApplicationContextInitializer";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CivicLineApplication.class);
		if (Commands.isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		if (System.getProperty(AotDetector.AOT_ENABLED) == null && runsFromItsJar()
				&& ClassUtils.isPresent(BUILD_TIME_CONTEXT, CivicLineApplication.class.getClassLoader())) {
			// The packaged server starts from the bean definitions the build
			// wrote, not from its configuration classes: 1.5 s less of an 18 s
			// start on 2 cores. The build then fixes which beans exist (README,
			// Configuration); -Dspring.aot.enabled=false has them decided at start.
			System.setProperty(AotDetector.AOT_ENABLED, "true");
		}
		application.run(args);
	}

	/**
	 * Whether this is the packaged jar, which the build wrote together with its bean
	 * definitions; classes in a build folder may have changed since those were written.
	 */
	private static boolean runsFromItsJar() {
		CodeSource source = CivicLineApplication.class.getProtectionDomain().getCodeSource();
		URL location = (source != null) ? source.getLocation() : null;
		try {
			return location != null && "file".equals(location.getProtocol())
					&& Path.of(location.toURI()).getFileName().toString().endsWith(".jar");
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return false;
		}
	}

}
