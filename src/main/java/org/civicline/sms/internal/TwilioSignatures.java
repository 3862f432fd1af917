package org.civicline.sms.internal;

import java.util.Map;

import com.twilio.security.RequestValidator;

import org.springframework.stereotype.Component;

/**
 * Checks {@code X-Twilio-Signature} against the URL Twilio called, as Twilio saw it. With
 * no auth token configured nothing passes: the webhook then refuses every request rather
 * than trusting unsigned ones.
 */
@Component
public class TwilioSignatures {

	private final SmsProperties properties;

	TwilioSignatures(SmsProperties properties) {
		this.properties = properties;
	}

	/**
	 * @param requestUrl the URL the request arrived on, with its query string
	 * @param pathAndQuery the path and query string, joined to the public base URL when
	 * one is configured
	 * @param parameters every form parameter Twilio posted
	 * @param signature the {@code X-Twilio-Signature} header, or {@code null}
	 */
	public boolean valid(String requestUrl, String pathAndQuery, Map<String, String> parameters, String signature) {
		String token = this.properties.twilio().authToken();
		if (token == null || token.isBlank() || signature == null || signature.isBlank()) {
			return false;
		}
		String base = this.properties.twilio().publicBaseUrl();
		String url = (base == null || base.isBlank()) ? requestUrl : base.replaceAll("/+$", "") + pathAndQuery;
		return new RequestValidator(token).validate(url, parameters, signature);
	}

}
