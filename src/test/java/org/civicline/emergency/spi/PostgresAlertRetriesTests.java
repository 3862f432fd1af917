package org.civicline.emergency.spi;

import javax.sql.DataSource;

import org.civicline.testsupport.Postgres;

/** Messages tried again on a real PostgreSQL shared by instances. */
class PostgresAlertRetriesTests extends AlertRetriesContract {

	@Override
	DataSource dataSource() {
		return Postgres.dataSource();
	}

}
