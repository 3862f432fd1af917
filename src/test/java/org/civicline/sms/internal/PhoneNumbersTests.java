package org.civicline.sms.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@Test
	void numbersAreStoredInE164() {
		assertThat(PhoneNumbers.e164("+1 (617) 555-0123", "US")).hasValue("+16175550123");
		assertThat(PhoneNumbers.e164("617.555.0123", "US")).hasValue("+16175550123");
		assertThat(PhoneNumbers.e164("+52 55 1234 5678", "US")).hasValue("+525512345678");
	}

	@Test
	void somethingThatIsNoPhoneNumberIsRefused() {
		assertThat(PhoneNumbers.e164("hello", "US")).isEmpty();
		assertThat(PhoneNumbers.e164("12", "US")).isEmpty();
		assertThat(PhoneNumbers.e164(null, "US")).isEmpty();
	}

	@Test
	void logsSeeOnlyTheCountryCodeAndLastDigits() {
		assertThat(PhoneNumbers.mask("+16175550123")).isEqualTo("+16*******23");
	}

}
