package org.civicline.sms.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import jakarta.servlet.http.HttpServletRequest;
import org.civicline.sms.internal.PhoneNumbers;
import org.civicline.sms.internal.SmsConversation;
import org.civicline.sms.internal.SmsConversation.InboundSms;
import org.civicline.sms.internal.SmsDeliveries;
import org.civicline.sms.internal.SmsProperties;
import org.civicline.sms.internal.TwilioSignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Twilio posts residents' texts and the delivery status of ours. Only requests
 * Twilio signed are read; the reply goes back as TwiML in the same response.
 */
@RestController
class TwilioWebhook {

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhook.class);

	private static final MediaType TWIML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

	private final TwilioSignatures signatures;

	private final SmsConversation conversation;

	private final SmsDeliveries deliveries;

	private final SmsProperties properties;

	TwilioWebhook(TwilioSignatures signatures, SmsConversation conversation, SmsDeliveries deliveries,
			SmsProperties properties) {
		this.signatures = signatures;
		this.conversation = conversation;
		this.deliveries = deliveries;
		this.properties = properties;
	}

	@PostMapping(path = "/webhooks/twilio/sms", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> message(HttpServletRequest request) {
		Map<String, String> form = formParameters(request);
		if (!signed(request, form)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.TEXT_PLAIN)
				.body("Not signed by Twilio\n");
		}
		Optional<String> from = PhoneNumbers.e164(form.get("From"), this.properties.defaultRegion());
		String sid = form.get("MessageSid");
		if (from.isEmpty() || sid == null || sid.isBlank()) {
			log.warn("Twilio posted a message without a usable From or MessageSid");
			return twiml(Optional.empty());
		}
		Optional<String> reply = this.conversation
			.receive(new InboundSms(sid, from.get(), form.getOrDefault("Body", ""), media(form)));
		return twiml(reply);
	}

	@PostMapping(path = "/webhooks/twilio/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Void> status(HttpServletRequest request) {
		Map<String, String> form = formParameters(request);
		if (!signed(request, form)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		String sid = form.get("MessageSid");
		String status = form.get("MessageStatus");
		if (sid != null && status != null) {
			this.deliveries.statusReported(sid, status, form.get("ErrorCode"));
		}
		return ResponseEntity.noContent().build();
	}

	private boolean signed(HttpServletRequest request, Map<String, String> form) {
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		boolean valid = this.signatures.valid(request.getRequestURL() + query, request.getRequestURI() + query, form,
				request.getHeader("X-Twilio-Signature"));
		if (!valid) {
			log.warn("Refused a request to {} without a valid Twilio signature", request.getRequestURI());
		}
		return valid;
	}

	private static List<String> media(Map<String, String> form) {
		int count;
		try {
			count = Integer.parseInt(form.getOrDefault("NumMedia", "0").strip());
		}
		catch (NumberFormatException ex) {
			count = 0;
		}
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < Math.min(count, 10); i++) {
			String url = form.get("MediaUrl" + i);
			if (url != null && url.startsWith("https://")) {
				urls.add(url);
			}
		}
		return urls;
	}

	// Twilio signs the posted form only; parameters of the query string are part of the
	// signed URL instead.
	private static Map<String, String> formParameters(HttpServletRequest request) {
		Set<String> inQuery = new HashSet<>();
		if (request.getQueryString() != null) {
			for (String pair : request.getQueryString().split("&")) {
				inQuery.add(java.net.URLDecoder.decode(pair.split("=", 2)[0], java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		Map<String, String> form = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!inQuery.contains(name) && values.length > 0) {
				form.put(name, values[0]);
			}
		});
		return form;
	}

	private static ResponseEntity<String> twiml(Optional<String> text) {
		MessagingResponse.Builder response = new MessagingResponse.Builder();
		text.ifPresent((body) -> response.message(new Message.Builder(body).build()));
		return ResponseEntity.ok().contentType(TWIML).body(response.build().toXml());
	}

}
