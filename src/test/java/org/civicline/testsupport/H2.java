package org.civicline.testsupport;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The embedded default database, in memory, for store tests that run without Spring. */
public final class H2 {

	private H2() {
	}

	public static DataSource inMemory(String name) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		return dataSource;
	}

}
