package org.civicline.webchat.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.H2;

/** Web chat limits counted on the embedded default store. */
class H2ChatRateLimitsTests extends ChatRateLimitsContract {

	@Override
	DataSource dataSource() {
		return H2.inMemory("chatrate");
	}

}
