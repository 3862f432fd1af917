package org.civicline.emergency.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leases in the shared store so that, with several instances, a scheduled job runs on one
 * of them: the holder renews its lease each run, and if it dies another takes the job
 * once the lease lapses.
 */
@Component
class JobLeases {

	private final String me = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	JobLeases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes or renews the lease for {@code ttl}; false when another instance holds it.
	 */
	boolean acquire(String job, Duration ttl) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int renewed = this.jdbc.sql("""
				update job_lease set holder = :me, until = :until where name = :job and (holder = :me or until < :now)
				""").param("me", this.me).param("until", now.plus(ttl)).param("job", job).param("now", now).update();
		if (renewed == 1) {
			return true;
		}
		try {
			return this.jdbc.sql("insert into job_lease (name, holder, until) values (?, ?, ?)")
				.params(job, this.me, now.plus(ttl))
				.update() == 1;
		}
		catch (DataIntegrityViolationException held) {
			return false;
		}
	}

	String holder() {
		return this.me;
	}

}
