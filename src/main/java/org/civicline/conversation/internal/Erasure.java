package org.civicline.conversation.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.ResidentErased;
import org.civicline.emergency.AlertSubscriptions;
import org.civicline.tickets.Tickets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's right to have the city forget them. "Delete my data" (or "borra mis
 * datos") is answered with what would go and a question; DELETE (BORRAR) within ten
 * minutes erases it, in one transaction: this module's rows, the tickets' reporter
 * contact, the alert subscription, and whatever the channels keep
 * ({@link ResidentErased}). Staff erase a channel address the same way from the console.
 */
@Component
class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private static final Pattern ASKS = Pattern.compile("(?i)\\b(?:(?:delete|erase|remove|wipe|forget)\\b.{0,20}"
			+ "\\b(?:my|all my|all of my)\\b.{0,20}\\b(?:data|information|info|messages|conversations?|history|details|"
			+ "personal)\\b|forget (?:about )?me|(?:borra|borre|borren|borrar|elimina|elimine|eliminen|eliminar|olvida|"
			+ "olvide|olviden)\\b.{0,20}\\b(?:mis|todos mis|toda mi)\\b.{0,20}\\b(?:datos|informacion|mensajes|"
			+ "conversacion|conversaciones|historial))\\b");

	private static final Pattern CONFIRMS = Pattern.compile("(?i)^\\W*(delete|borrar)\\W*$");

	private final JdbcClient jdbc;

	private final DialogueStates dialogues;

	private final Tickets tickets;

	private final AlertSubscriptions subscriptions;

	private final ApplicationEventPublisher events;

	Erasure(JdbcClient jdbc, DialogueStates dialogues, Tickets tickets, AlertSubscriptions subscriptions,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dialogues = dialogues;
		this.tickets = tickets;
		this.subscriptions = subscriptions;
		this.events = events;
	}

	static boolean asks(String text) {
		return ASKS.matcher(SafetyRules.withoutAccents(text)).find();
	}

	/** Asks the resident to confirm, and remembers that it asked. */
	void offer(InboundMessage message) {
		this.dialogues.offerErasure(message.conversationKey());
	}

	/**
	 * Whether this message confirms an erasure offered in the last ten minutes. Any other
	 * answer withdraws the offer, and the message is read as usual.
	 */
	boolean confirmed(InboundMessage message, String text) {
		boolean offered = this.dialogues.takeErasureOffer(message.conversationKey());
		return offered && CONFIRMS.matcher(text).matches();
	}

	@Transactional
	int erase(String channel, String sender, String actor) {
		String conversation = channel + ":" + sender;
		int erased = this.jdbc.sql("delete from dialogue_state where conversation = ?").param(conversation).update();
		erased += this.jdbc.sql("""
				delete from callback_line where request_id in
				    (select id from callback_request where channel = ? and sender = ?)""")
			.params(channel, sender)
			.update();
		erased += this.jdbc.sql("delete from callback_request where channel = ? and sender = ?")
			.params(channel, sender)
			.update();
		erased += this.tickets.forgetReporter(channel, sender);
		erased += this.subscriptions.erase(channel, sender);
		ResidentErased event = new ResidentErased(channel, sender, new AtomicInteger());
		this.events.publishEvent(event);
		erased += event.erased().get();
		this.jdbc.sql("""
				insert into erasure (erased_at, channel, address_hash, actor, rows_erased)
				values (?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.now(ZoneOffset.UTC), channel, AddressHash.of(sender), actor, erased)
			.update();
		log.info("Erased {} rows of a {} resident's data at {}'s request", erased, channel, actor);
		return erased;
	}

}
