package org.civicline.conversation.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.H2;

/** Residents' open exchanges on the embedded default store. */
class H2DialogueStatesTests extends DialogueStatesContract {

	@Override
	DataSource dataSource() {
		return H2.inMemory("dialogue");
	}

}
