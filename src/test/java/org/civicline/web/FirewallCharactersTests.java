package org.civicline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

class FirewallCharactersTests {

	@Test
	void acceptsExactlyWhatTheFirewallsOwnChecksAcceptForEveryCharacter() {
		List<Integer> disagreements = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String alone = "a" + new String(Character.toChars(codePoint)) + "b";
			if (FirewallCharacters.isAllowedName(alone) != StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(alone)
					|| FirewallCharacters.isAllowedHeaderValue(alone) != StrictHttpFirewall.ALLOWED_HEADER_VALUES
						.test(alone)
					|| FirewallCharacters.isAllowedName(alone) != StrictHttpFirewall.ALLOWED_PARAMETER_NAMES
						.test(alone)) {
				disagreements.add(codePoint);
			}
		}
		assertThat(disagreements).isEmpty();
	}

	@Test
	void acceptsExactlyWhatTheFirewallsOwnChecksAcceptForMixedStrings() {
		Random random = new Random(311);
		char[] interesting = { 'a', 'Z', ' ', '\t', '\n', '\r', 0, 0x7f, 0x85, 0x9f, 0xa0, 'é', 0xd800, 0xdc00, 0xfffe,
				0x0378, 0x200b, 0x2028 };
		for (int i = 0; i < 100_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(6);
			for (int j = 0; j < length; j++) {
				text.append(random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
						: (char) random.nextInt(Character.MAX_VALUE + 1));
			}
			String candidate = text.toString();
			assertThat(FirewallCharacters.isAllowedName(candidate)).as("name %s", candidate.chars().boxed().toList())
				.isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(candidate));
			assertThat(FirewallCharacters.isAllowedHeaderValue(candidate))
				.as("value %s", candidate.chars().boxed().toList())
				.isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(candidate));
		}
	}

	@Test
	void refusesControlCharactersInNamesButATabOnlyInValues() {
		assertThat(FirewallCharacters.isAllowedName("X-Twilio-Signature")).isTrue();
		assertThat(FirewallCharacters.isAllowedName("na\u0001me")).isFalse();
		assertThat(FirewallCharacters.isAllowedName("a\tb")).isFalse();
		assertThat(FirewallCharacters.isAllowedHeaderValue("a\tb")).isTrue();
		assertThat(FirewallCharacters.isAllowedHeaderValue("a\nb")).isFalse();
		assertThat(FirewallCharacters.isAllowedHeaderValue("\u0378")).isFalse();
	}

}
