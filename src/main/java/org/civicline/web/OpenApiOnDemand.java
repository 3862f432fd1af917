package org.civicline.web;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description is built when somebody first asks for {@code /v3/api-docs}, not
 * at every start: springdoc brings its own Jackson 2 and YAML mappers and about a
 * thousand classes, a couple of seconds of a 2-core server's start that residents would
 * wait for.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiOnDemand {

	private static final String SPRINGDOC = "org.springdoc.";

	@Bean
	static BeanFactoryPostProcessor springdocWhenAsked() {
		return (beans) -> {
			for (String name : beans.getBeanDefinitionNames()) {
				BeanDefinition definition = beans.getBeanDefinition(name);
				if (fromSpringdoc(beans, definition)) {
					definition.setLazyInit(true);
				}
			}
		};
	}

	private static boolean fromSpringdoc(ConfigurableListableBeanFactory beans, BeanDefinition definition) {
		String type = definition.getBeanClassName();
		if (type == null && definition.getFactoryBeanName() != null
				&& beans.containsBeanDefinition(definition.getFactoryBeanName())) {
			type = beans.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
		}
		return type != null && type.startsWith(SPRINGDOC);
	}

}
