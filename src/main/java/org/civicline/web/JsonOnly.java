package org.civicline.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * CivicLine's APIs speak JSON (Open311's XML and Twilio's TwiML are written as text).
 * Twilio's SDK brings Jackson 2's XML module and springdoc its YAML one, and Spring would
 * otherwise offer both to every response: asked for by an Accept header, they would write
 * documents nobody specified.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly {

	@Bean
	ServerHttpMessageConvertersCustomizer noXmlOrYamlConverters() {
		return (converters) -> converters
			.configureMessageConvertersList((list) -> list.removeIf(JsonOnly::writesXmlOrYaml));
	}

	private static boolean writesXmlOrYaml(HttpMessageConverter<?> converter) {
		for (MediaType type : converter.getSupportedMediaTypes()) {
			String subtype = type.getSubtype();
			if (subtype.endsWith("xml") || subtype.endsWith("yaml")) {
				return true;
			}
		}
		return false;
	}

}
