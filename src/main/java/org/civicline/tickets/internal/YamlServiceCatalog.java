package org.civicline.tickets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicline.tickets.ServiceCatalog;
import org.civicline.tickets.ServiceDefinition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.stereotype.Component;

/** The catalog in {@code service-catalog.yml} beside this class. */
@Component
class YamlServiceCatalog implements ServiceCatalog {

	private final Map<String, ServiceDefinition> services = new LinkedHashMap<>();

	YamlServiceCatalog() {
		try (InputStream in = YamlServiceCatalog.class
			.getResourceAsStream("/org/civicline/tickets/service-catalog.yml")) {
			List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			for (Map<String, Object> entry : entries) {
				ServiceDefinition service = new ServiceDefinition(text(entry, "code"), text(entry, "name"),
						text(entry, "description"), text(entry, "department"), attributes(entry.get("attributes")),
						optional(entry, "name_es"));
				this.services.put(service.code(), service);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the service catalog", ex);
		}
	}

	@Override
	public List<ServiceDefinition> all() {
		return List.copyOf(this.services.values());
	}

	@Override
	public Optional<ServiceDefinition> find(String code) {
		return Optional.ofNullable(code).map(this.services::get);
	}

	@SuppressWarnings("unchecked")
	private static List<ServiceDefinition.Attribute> attributes(Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().map((item) -> (Map<String, Object>) item).map((attribute) -> {
			Object values = attribute.get("values");
			List<String> allowed = (values instanceof List<?> items) ? items.stream().map(Object::toString).toList()
					: List.of();
			Object spanish = attribute.get("values_es");
			List<String> allowedEs = (spanish instanceof List<?> items) ? items.stream().map(Object::toString).toList()
					: List.of();
			return new ServiceDefinition.Attribute(text(attribute, "code"), text(attribute, "question"),
					Boolean.TRUE.equals(attribute.get("required")), allowed, optional(attribute, "question_es"),
					allowedEs);
		}).toList();
	}

	private static String optional(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value != null) ? value.toString() : null;
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("service-catalog.yml: an entry lacks " + key);
		}
		return value.toString();
	}

}
