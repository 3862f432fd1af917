package org.civicline.tickets.internal;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The ticket store on the embedded default database. */
class H2TicketStoreTests extends TicketStoreContract {

	@Override
	DataSource dataSource() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:ticket-store;DB_CLOSE_DELAY=-1");
		return dataSource;
	}

}
