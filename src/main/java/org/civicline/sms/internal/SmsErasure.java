package org.civicline.sms.internal;

import org.civicline.conversation.ResidentDataExpired;
import org.civicline.conversation.ResidentErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets a texter who asks (the messages they sent, with the replies kept for MORE, and
 * the texts queued or sent to them), and every text past the retention period. Runs in
 * the erasure's or the sweep's own transaction.
 */
@Component
class SmsErasure {

	private final JdbcClient jdbc;

	SmsErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Texts past the retention period go, whoever sent them. */
	@EventListener
	void on(ResidentDataExpired expired) {
		java.time.OffsetDateTime cutoff = expired.cutoff().atOffset(java.time.ZoneOffset.UTC);
		expired.forgotten()
			.addAndGet(this.jdbc.sql("delete from sms_inbound where received_at < ?").param(cutoff).update() + this.jdbc
				.sql("delete from sms_outbound where created_at < ? and state not in ('queued', 'sending')")
				.param(cutoff)
				.update());
	}

	@EventListener
	void on(ResidentErased erased) {
		if (!SmsConversation.CHANNEL.equals(erased.channel())) {
			return;
		}
		erased.erased()
			.addAndGet(this.jdbc.sql("delete from sms_inbound where sender = ?").param(erased.sender()).update()
					+ this.jdbc.sql("delete from sms_outbound where recipient = ?").param(erased.sender()).update());
	}

}
