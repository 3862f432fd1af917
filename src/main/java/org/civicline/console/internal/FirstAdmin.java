package org.civicline.console.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first admin comes from the environment ({@code CIVICLINE_ADMIN_USER},
 * {@code CIVICLINE_ADMIN_PASSWORD}); there is no built-in account or default password.
 * The environment stays the way back in: starting with them sets that account's password
 * and ADMIN role again.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final StaffUsers users;

	private final StaffAudit audit;

	private final String user;

	private final String password;

	FirstAdmin(StaffUsers users, StaffAudit audit,
			@Value("${civicline.admin.user:${CIVICLINE_ADMIN_USER:}}") String user,
			@Value("${civicline.admin.password:${CIVICLINE_ADMIN_PASSWORD:}}") String password) {
		this.users = users;
		this.audit = audit;
		this.user = user;
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.user.isBlank() || this.password.isBlank()) {
			if (this.users.count() == 0) {
				log.warn("No staff account yet: set CIVICLINE_ADMIN_USER and CIVICLINE_ADMIN_PASSWORD "
						+ "(at least {} characters) to create the first admin", StaffUsers.MIN_PASSWORD);
			}
			return;
		}
		boolean known = this.users.find(this.user).isPresent();
		if (known && this.users.passwordMatches(this.user, this.password)
				&& this.users.find(this.user).get().role().equals(StaffRole.ADMIN.name())) {
			return;
		}
		try {
			this.users.save(this.user, this.password, StaffRole.ADMIN, "environment");
			this.audit.record("environment", known ? "admin-reset" : "admin-created", this.user, null);
		}
		catch (IllegalArgumentException ex) {
			log.error("The admin from the environment was not set up: {}", ex.getMessage());
		}
	}

}
