package org.civicline.console.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff accounts in the store, for the console's login and the admin API's HTTP Basic
 * alike. Passwords are kept only as hashes.
 */
@Service
class StaffUsers implements UserDetailsService {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

	static final int MIN_PASSWORD = 12;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	StaffUsers(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.jdbc.sql("select * from staff_user where username = ?")
			.param(username)
			.query((rs, row) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.authorities(StaffRole.parse(rs.getString("role")).authorities())
				.disabled(!rs.getBoolean("enabled"))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
	}

	List<Account> list() {
		return this.jdbc.sql("select * from staff_user order by username")
			.query((rs, row) -> new Account(rs.getString("username"), rs.getString("role"), rs.getBoolean("enabled"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by")))
			.list();
	}

	Optional<Account> find(String username) {
		return list().stream().filter((account) -> account.username().equals(username)).findFirst();
	}

	/** Creates the account, or sets its password, role and access again. */
	Account save(String username, String password, StaffRole role, String actor) {
		if (username == null || !NAME.matcher(username).matches()) {
			throw new IllegalArgumentException("username must be 2 to 100 letters, digits or . _ @ -");
		}
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("password must be at least " + MIN_PASSWORD + " characters.");
		}
		String hash = this.encoder.encode(password);
		int updated = this.jdbc
			.sql("update staff_user set password_hash = ?, role = ?, enabled = true where username = ?")
			.params(hash, role.name(), username)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into staff_user (username, password_hash, role, enabled, created_at, created_by)
					values (?, ?, ?, true, ?, ?)
					""").params(username, hash, role.name(), OffsetDateTime.now(ZoneOffset.UTC), actor).update();
		}
		return find(username).orElseThrow();
	}

	boolean disable(String username) {
		return this.jdbc.sql("update staff_user set enabled = false where username = ?").param(username).update() == 1;
	}

	boolean passwordMatches(String username, String password) {
		return this.jdbc.sql("select password_hash from staff_user where username = ?")
			.param(username)
			.query(String.class)
			.optional()
			.map((hash) -> this.encoder.matches(password, hash))
			.orElse(false);
	}

	long count() {
		return this.jdbc.sql("select count(*) from staff_user").query(Long.class).single();
	}

	record Account(String username, String role, boolean enabled, Instant createdAt, String createdBy) {
	}

}
