package org.civicline.tickets.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.H2;

/** The ticket store on the embedded default database. */
class H2TicketStoreTests extends TicketStoreContract {

	@Override
	DataSource dataSource() {
		return H2.inMemory("ticket-store");
	}

}
