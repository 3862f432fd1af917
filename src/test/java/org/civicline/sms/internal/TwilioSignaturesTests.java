package org.civicline.sms.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioSignaturesTests {

	// Twilio's published example: token, URL, parameters and the signature it computes.
	private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

	private static final Map<String, String> PARAMETERS = Map.of("Digits", "1234", "CallSid", "CA1234567890ABCDE", "To",
			"+18005551212", "Caller", "+14158675309", "From", "+14158675309");

	private static final String SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

	@Test
	void twiliosPublishedTestVectorPasses() {
		assertThat(signatures("12345", null).valid(URL, "/myapp.php?foo=1&bar=2", PARAMETERS, SIGNATURE)).isTrue();
	}

	@Test
	void aChangedParameterOrWrongTokenFails() {
		Map<String, String> changed = new java.util.HashMap<>(PARAMETERS);
		changed.put("Digits", "1235");
		assertThat(signatures("12345", null).valid(URL, "/myapp.php?foo=1&bar=2", changed, SIGNATURE)).isFalse();
		assertThat(signatures("54321", null).valid(URL, "/myapp.php?foo=1&bar=2", PARAMETERS, SIGNATURE)).isFalse();
	}

	@Test
	void behindAProxyThePublicBaseUrlIsWhatIsChecked() {
		TwilioSignatures behindProxy = signatures("12345", "https://mycompany.com/");
		assertThat(behindProxy.valid("http://10.0.0.7:8080/myapp.php?foo=1&bar=2", "/myapp.php?foo=1&bar=2", PARAMETERS,
				SIGNATURE))
			.isTrue();
	}

	@Test
	void withoutAnAuthTokenOrSignatureNothingPasses() {
		assertThat(signatures(null, null).valid(URL, "/myapp.php?foo=1&bar=2", PARAMETERS, SIGNATURE)).isFalse();
		assertThat(signatures("12345", null).valid(URL, "/myapp.php?foo=1&bar=2", PARAMETERS, null)).isFalse();
	}

	static TwilioSignatures signatures(String token, String publicBaseUrl) {
		return new TwilioSignatures(properties(token, publicBaseUrl));
	}

	static SmsProperties properties(String token, String publicBaseUrl) {
		return new SmsProperties(new SmsProperties.Twilio("AC00", token, null, "+15550000311", publicBaseUrl,
				"https://api.twilio.com", 1, 6), "US", 20, Duration.ofMinutes(10), 3);
	}

}
