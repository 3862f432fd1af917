package org.civicline.webchat.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The widget runs on the city's pages and calls back to CivicLine, so the chat API and
 * the emergency status answer browsers from the allowed city sites, and from no other.
 */
@Configuration(proxyBeanMethods = false)
class WebChatCors implements WebMvcConfigurer {

	private final WebChatProperties properties;

	WebChatCors(WebChatProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (this.properties.allowedOrigins().isEmpty()) {
			return;
		}
		String[] origins = this.properties.allowedOrigins().toArray(String[]::new);
		registry.addMapping("/api/v1/chat/**")
			.allowedOriginPatterns(origins)
			.allowedMethods("GET", "POST")
			.allowedHeaders("Content-Type", "Last-Event-ID")
			.maxAge(3600);
		registry.addMapping("/api/v1/chat")
			.allowedOriginPatterns(origins)
			.allowedMethods("POST")
			.allowedHeaders("Content-Type")
			.maxAge(3600);
		registry.addMapping("/api/v1/emergency").allowedOriginPatterns(origins).allowedMethods("GET").maxAge(3600);
	}

}
