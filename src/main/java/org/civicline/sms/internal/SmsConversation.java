package org.civicline.sms.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.civicline.conversation.CityProperties;
import org.civicline.conversation.Conversations;
import org.civicline.conversation.InboundMessage;
import org.civicline.conversation.Reply;
import org.civicline.conversation.UnacceptableMessage;
import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.AlertSubscriptions.ConsentStep;
import org.civicline.emergency.Subscriber;
import org.civicline.sms.internal.SmsKeyword.Kind;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * One text message in, at most one text back. Carrier keywords come before anything else,
 * then the per-sender limit, then the engine.
 */
@Service
public class SmsConversation {

	static final String CHANNEL = "sms";

	private static final Logger log = LoggerFactory.getLogger(SmsConversation.class);

	private static final Duration MORE_LIFETIME = Duration.ofHours(1);

	private final Conversations conversations;

	private final AlertSubscriptions subscriptions;

	private final InboundLog inbound;

	private final KeywordReplies replies;

	private final SmsReplyFitter fitter;

	private final SmsProperties properties;

	private final Clock clock;

	SmsConversation(Conversations conversations, AlertSubscriptions subscriptions, InboundLog inbound,
			KeywordReplies replies, SmsProperties properties, CityProperties city, Optional<Clock> clock) {
		this.conversations = conversations;
		this.subscriptions = subscriptions;
		this.inbound = inbound;
		this.replies = replies;
		this.properties = properties;
		this.fitter = new SmsReplyFitter(properties.maxSegments(), city.website());
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * A text as Twilio delivered it.
	 *
	 * @param messageSid Twilio's id, the same on every retry
	 * @param from the sender in E.164
	 * @param body the text, possibly empty when only a photo came
	 * @param media URLs of the photos sent with it
	 */
	public record InboundSms(String messageSid, String from, String body, List<String> media) {
	}

	/** What to text back; empty when the right answer is silence. */
	public Optional<String> receive(InboundSms sms) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (!this.inbound.claim(sms.messageSid(), sms.from(), now)) {
			log.info("SMS {} from {} delivered again: answered as before", sms.messageSid(),
					PhoneNumbers.mask(sms.from()));
			return this.inbound.replyTo(sms.messageSid());
		}
		try {
			return answer(sms, now);
		}
		catch (RuntimeException ex) {
			// Twilio's retry of this message must be handled, not taken for a repeat.
			this.inbound.forget(sms.messageSid());
			throw ex;
		}
	}

	private Optional<String> answer(InboundSms sms, OffsetDateTime now) {
		Optional<SmsKeyword> keyword = SmsKeyword.read(sms.body());
		SmsReplyFitter.Fitted reply;
		if (keyword.isPresent() && keyword.get().kind() == Kind.STOP) {
			// An opt-out is honoured whatever else is going on, the limit included.
			reply = plain(stop(sms, keyword.get().language()));
		}
		else {
			int sent = this.inbound.countSince(sms.from(), now.minus(this.properties.senderWindow()));
			if (sent > this.properties.senderLimit()) {
				log.warn("SMS from {} over the limit ({} in {})", PhoneNumbers.mask(sms.from()), sent,
						this.properties.senderWindow());
				reply = (sent == this.properties.senderLimit() + 1) ? plain(this.replies.slowDown()) : null;
			}
			else {
				reply = keyword.flatMap((word) -> keyword(sms, word, now)).orElseGet(() -> converse(sms));
			}
		}
		this.inbound.answered(sms.messageSid(), (reply != null) ? reply.text() : null,
				(reply != null) ? reply.more() : null);
		return Optional.ofNullable(reply).map(SmsReplyFitter.Fitted::text);
	}

	private Optional<SmsReplyFitter.Fitted> keyword(InboundSms sms, SmsKeyword word, OffsetDateTime now) {
		String language = word.language();
		return switch (word.kind()) {
			case HELP -> Optional.of(plain(this.replies.help(language)));
			case START -> {
				Subscriber subscriber = this.subscriptions.optIn(step(sms, null, language));
				yield Optional.of(plain((subscriber.status() == Subscriber.Status.CONFIRMED)
						? this.replies.confirmed(language, subscriber.zone())
						: this.replies.askToConfirm(language, subscriber.zone())));
			}
			case ALERTS -> Optional.of(plain(signUp(sms, word.zone(), language)));
			case YES -> this.subscriptions.confirm(step(sms, null, language))
				.map((subscriber) -> plain(this.replies.confirmed(subscriber.language(), subscriber.zone())));
			case MORE -> Optional.of(this.inbound.lastMore(sms.from(), now.minus(MORE_LIFETIME))
				.map((more) -> plain(this.fitter.more(more)))
				.orElseGet(() -> plain(this.replies.nothingMore())));
			case STOP -> Optional.of(plain(stop(sms, language)));
		};
	}

	private SmsReplyFitter.Fitted converse(InboundSms sms) {
		Reply reply;
		try {
			// A subscriber's stored language is the hint for words that tell neither.
			String hint = this.subscriptions.find(CHANNEL, sms.from()).map(Subscriber::language).orElse("en");
			reply = this.conversations
				.handle(new InboundMessage(CHANNEL, sms.from(), sms.body(), hint, null, sms.media()));
		}
		catch (UnacceptableMessage ex) {
			return plain(this.replies.unreadable(ex.getMessage()));
		}
		return switch (reply.kind()) {
			case "subscribe" -> plain(signUp(sms, null, reply.language()));
			case "unsubscribe" -> plain(stop(sms, reply.language()));
			default -> this.fitter.fit(reply);
		};
	}

	private String signUp(InboundSms sms, String zone, String language) {
		boolean confirmedBefore = this.subscriptions.find(CHANNEL, sms.from())
			.map((subscriber) -> subscriber.status() == Subscriber.Status.CONFIRMED)
			.orElse(false);
		Subscriber subscriber = this.subscriptions.requestSignUp(step(sms, zone, language));
		return confirmedBefore ? this.replies.alreadySignedUp(language, subscriber.zone())
				: this.replies.askToConfirm(language, subscriber.zone());
	}

	private String stop(InboundSms sms, String language) {
		this.subscriptions.optOut(step(sms, null, language));
		return this.replies.stopped(language);
	}

	private ConsentStep step(InboundSms sms, String zone, String language) {
		return new ConsentStep(CHANNEL, sms.from(), (sms.body() != null) ? sms.body() : "", zone, language);
	}

	private static SmsReplyFitter.Fitted plain(String text) {
		return new SmsReplyFitter.Fitted(text, null);
	}

}
