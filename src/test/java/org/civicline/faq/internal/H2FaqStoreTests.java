package org.civicline.faq.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.H2;

/** The FAQ store on the embedded default database. */
class H2FaqStoreTests extends FaqStoreContract {

	@Override
	DataSource dataSource() {
		return H2.inMemory("faq-store");
	}

}
