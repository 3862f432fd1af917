package org.civicline.faq.internal;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The FAQ store on the embedded default database. */
class H2FaqStoreTests extends FaqStoreContract {

	@Override
	DataSource dataSource() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:faq-store;DB_CLOSE_DELAY=-1");
		return dataSource;
	}

}
