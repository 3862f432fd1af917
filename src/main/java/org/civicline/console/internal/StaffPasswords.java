package org.civicline.console.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How staff passwords are hashed: bcrypt, behind the delegating encoder so a stronger
 * scheme can follow without locking anyone out.
 */
@Configuration(proxyBeanMethods = false)
class StaffPasswords {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
