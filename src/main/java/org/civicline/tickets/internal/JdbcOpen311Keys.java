package org.civicline.tickets.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicline.tickets.Open311Keys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Keys staff issue, stored as hashes; keys from configuration are valid too. */
@Repository
class JdbcOpen311Keys implements Open311Keys {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Set<String> configured;

	JdbcOpen311Keys(JdbcClient jdbc,
			@Value("${civicline.open311.api-keys:${CIVICLINE_OPEN311_API_KEY:}}") String configured) {
		this.jdbc = jdbc;
		this.configured = Arrays.stream(configured.split(","))
			.map(String::strip)
			.filter((key) -> !key.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public boolean valid(String key) {
		if (key == null || key.isBlank()) {
			return false;
		}
		if (this.configured.contains(key)) {
			return true;
		}
		return this.jdbc.sql("select count(*) from open311_key where key_hash = ? and revoked_at is null")
			.param(hash(key))
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	public IssuedKey issue(String label, String actor) {
		if (label == null || label.isBlank() || label.length() > 200) {
			throw new IllegalArgumentException("label is required, at most 200 characters");
		}
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String key = HexFormat.of().formatHex(bytes);
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into open311_key (key_hash, key_prefix, label, created_by, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(hash(key), key.substring(0, 6), label.strip(), actor, OffsetDateTime.now(ZoneOffset.UTC))
			.update(id, "id");
		return new IssuedKey(id.getKeyAs(Number.class).longValue(), key, label.strip());
	}

	@Override
	public List<KeyInfo> list() {
		return this.jdbc.sql("select * from open311_key order by id")
			.query((rs, row) -> new KeyInfo(rs.getLong("id"), rs.getString("key_prefix"), rs.getString("label"),
					rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					(rs.getObject("revoked_at", OffsetDateTime.class) != null)
							? rs.getObject("revoked_at", OffsetDateTime.class).toInstant() : null))
			.list();
	}

	@Override
	public boolean revoke(long id, String actor) {
		return this.jdbc
			.sql("update open311_key set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(OffsetDateTime.now(ZoneOffset.UTC), actor, id)
			.update() > 0;
	}

	private static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
