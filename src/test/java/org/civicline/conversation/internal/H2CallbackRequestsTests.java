package org.civicline.conversation.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.H2;

/** Staff's inbox on the embedded default store. */
class H2CallbackRequestsTests extends CallbackRequestsContract {

	@Override
	DataSource dataSource() {
		return H2.inMemory("callbacks");
	}

}
