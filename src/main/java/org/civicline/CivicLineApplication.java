package org.civicline;

import org.civicline.evaluation.Commands;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.modulith.Modulithic;

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

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CivicLineApplication.class);
		if (Commands.isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
