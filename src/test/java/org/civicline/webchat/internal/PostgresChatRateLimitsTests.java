package org.civicline.webchat.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.Postgres;

/** Web chat limits counted on a real PostgreSQL shared by instances. */
class PostgresChatRateLimitsTests extends ChatRateLimitsContract {

	@Override
	DataSource dataSource() {
		return Postgres.dataSource();
	}

}
