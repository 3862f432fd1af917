package org.civicline.console.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDetailsTests {

	@Test
	void phoneNumbersInAnyCommonShapeAreMasked() {
		assertThat(PersonalDetails.mask("call me at (555) 013-4477 or +1 555 013 9999"))
			.isEqualTo("call me at [phone] or [phone]");
	}

	@Test
	void streetAddressesAndEmailAreMasked() {
		assertThat(PersonalDetails.mask("the tree at 14 Harbor St. fell, write to ana.p@example.org"))
			.isEqualTo("the tree at [address] fell, write to [email]");
		assertThat(PersonalDetails.mask("noise from 220 north quarry road every night"))
			.isEqualTo("noise from [address] every night");
	}

	@Test
	void whatIdentifiesNobodyIsLeftAlone() {
		assertThat(PersonalDetails.mask("is the 311 line open on july 4th? 2 bins ok?"))
			.isEqualTo("is the 311 line open on july 4th? 2 bins ok?");
	}

}
