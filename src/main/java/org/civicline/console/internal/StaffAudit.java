package org.civicline.console.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of every staff action: kept, never edited. */
@Repository
class StaffAudit {

	private final JdbcClient jdbc;

	StaffAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String actor, String action, String target, String detail) {
		this.jdbc
			.sql("""
					insert into staff_audit (at, actor, action, target, detail) values (:at, :actor, :action, :target, :detail)
					""")
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.param("actor", actor)
			.param("action", action)
			.param("target", target)
			.param("detail", (detail != null && detail.length() > 4000) ? detail.substring(0, 4000) : detail)
			.update();
	}

	List<Entry> recent(int max) {
		return this.jdbc.sql("select * from staff_audit order by id desc fetch first :max rows only")
			.param("max", max)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail")))
			.list();
	}

	record Entry(long id, Instant at, String actor, String action, String target, String detail) {
	}

}
