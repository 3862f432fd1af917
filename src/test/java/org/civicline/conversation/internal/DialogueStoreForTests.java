package org.civicline.conversation.internal;

import java.time.Clock;
import java.time.Duration;

import org.civicline.testsupport.H2;
import org.civicline.testsupport.SchemaDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dialogue states on one in-memory store migrated once, emptied for each test that asks
 * for it, so engine tests do not pay a migration each.
 */
final class DialogueStoreForTests {

	private static JdbcClient store;

	private DialogueStoreForTests() {
	}

	static synchronized DialogueStates empty(Duration reportLifetime) {
		if (store == null) {
			store = JdbcClient.create(SchemaDataSource.migrated(H2.inMemory("engine-dialogues"), "dialogue"));
		}
		store.sql("delete from dialogue_state").update();
		return new DialogueStates(store, Clock.systemUTC(), reportLifetime);
	}

}
