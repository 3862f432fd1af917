package org.civicline.faq.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.Postgres;

/** The FAQ store on a real PostgreSQL, as cities run it in production. */
class PostgresFaqStoreTests extends FaqStoreContract {

	@Override
	DataSource dataSource() {
		return Postgres.dataSource();
	}

}
