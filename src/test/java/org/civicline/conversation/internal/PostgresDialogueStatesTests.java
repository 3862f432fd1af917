package org.civicline.conversation.internal;

import javax.sql.DataSource;

import org.civicline.testsupport.Postgres;

/** Residents' open exchanges on a real PostgreSQL, shared by instances. */
class PostgresDialogueStatesTests extends DialogueStatesContract {

	@Override
	DataSource dataSource() {
		return Postgres.dataSource();
	}

}
