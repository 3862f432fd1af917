package org.civicline.emergency.spi;

import javax.sql.DataSource;

import org.civicline.testsupport.H2;

/** Messages tried again on the embedded default store. */
class H2AlertRetriesTests extends AlertRetriesContract {

	@Override
	DataSource dataSource() {
		return H2.inMemory("retries");
	}

}
