package org.civicline.tickets.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.Postgres;

/** The ticket store on a real PostgreSQL. */
class PostgresTicketStoreTests extends TicketStoreContract {

	@Override
	DataSource dataSource() {
		return Postgres.dataSource();
	}

}
