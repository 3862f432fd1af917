package org.civicline.sms.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every message the webhook took, by Twilio's MessageSid. Claiming a sid is an insert, so
 * of two deliveries of one message (a retry, or two instances) exactly one is handled.
 */
@Repository
class InboundLog {

	private final JdbcClient jdbc;

	InboundLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False when the message was taken before. */
	boolean claim(String messageSid, String sender, OffsetDateTime at) {
		try {
			this.jdbc.sql("insert into sms_inbound (message_sid, sender, received_at) values (?, ?, ?)")
				.params(messageSid, sender, at)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	void forget(String messageSid) {
		this.jdbc.sql("delete from sms_inbound where message_sid = ?").param(messageSid).update();
	}

	/** The reply given to a message taken before, if it was answered. */
	Optional<String> replyTo(String messageSid) {
		return this.jdbc.sql("select reply from sms_inbound where message_sid = ?")
			.param(messageSid)
			.query(String.class)
			.optional();
	}

	void answered(String messageSid, String reply, String more) {
		this.jdbc.sql("update sms_inbound set reply = ?, more_text = ? where message_sid = ?")
			.params(reply, more, messageSid)
			.update();
	}

	int countSince(String sender, OffsetDateTime since) {
		return this.jdbc.sql("select count(*) from sms_inbound where sender = ? and received_at >= ?")
			.params(sender, since)
			.query(Integer.class)
			.single();
	}

	/** The rest of the last long answer sent to the number since the time given. */
	Optional<String> lastMore(String sender, OffsetDateTime since) {
		return this.jdbc.sql("""
				select more_text from sms_inbound
				where sender = ? and received_at >= ? and reply is not null
				order by received_at desc, message_sid desc fetch first 1 rows only""")
			.params(sender, since)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.filter((more) -> more != null && !more.isBlank());
	}

}
