package org.civicline.webchat.internal;

import org.civicline.conversation.ResidentDataExpired;
import org.civicline.conversation.ResidentErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets a web chat session on request (its transcript and rate-limit rows), and every
 * transcript line past the retention period. Runs in the erasure's or the sweep's own
 * transaction.
 */
@Component
class WebChatErasure {

	private final JdbcClient jdbc;

	WebChatErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Transcript lines past the retention period go. */
	@EventListener
	void on(ResidentDataExpired expired) {
		expired.forgotten()
			.addAndGet(this.jdbc.sql("delete from webchat_message where created_at < ?")
				.param(expired.cutoff().atOffset(java.time.ZoneOffset.UTC))
				.update());
	}

	@EventListener
	void on(ResidentErased erased) {
		if (!WebChat.CHANNEL.equals(erased.channel())) {
			return;
		}
		erased.erased()
			.addAndGet(this.jdbc.sql("delete from webchat_message where session_id = ?").param(erased.sender()).update()
					+ this.jdbc.sql("delete from chat_sent where sender_key = ?")
						.param("s:" + erased.sender())
						.update());
	}

}
