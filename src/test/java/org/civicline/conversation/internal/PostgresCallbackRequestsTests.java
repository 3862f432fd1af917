package org.civicline.conversation.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.Postgres;

/** Staff's inbox on a real PostgreSQL. */
class PostgresCallbackRequestsTests extends CallbackRequestsContract {

	@Override
	DataSource dataSource() {
		return Postgres.dataSource();
	}

}
