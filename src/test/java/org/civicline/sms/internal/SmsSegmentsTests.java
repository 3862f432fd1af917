package org.civicline.sms.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTests {

	@Test
	void gsmTextFitsOneSegmentUpTo160Characters() {
		assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
		assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
		assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
		assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
	}

	@Test
	void extensionCharactersCountTwice() {
		assertThat(SmsSegments.isGsm7("price 5€ {ok} [x] ~ ^ | \\")).isTrue();
		assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
		assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
	}

	@Test
	void anExtensionCharacterIsNeverSplitAcrossSegments() {
		// 152 septets, then a two-septet character that cannot fit the first 153.
		String text = "a".repeat(152) + "€" + "a".repeat(10);
		assertThat(SmsSegments.count(text)).isEqualTo(2);
		// 306 septets would fit two segments of 153 if the euro sign could be split.
		assertThat(SmsSegments.count("a".repeat(152) + "€" + "a".repeat(152))).isEqualTo(3);
	}

	@Test
	void oneCharacterOutsideGsmTurnsTheWholeMessageUcs2() {
		assertThat(SmsSegments.isGsm7("Respuesta rápida")).isFalse();
		assertThat(SmsSegments.count("a".repeat(69) + "á")).isEqualTo(1);
		assertThat(SmsSegments.count("a".repeat(70) + "á")).isEqualTo(2);
		assertThat(SmsSegments.count("a".repeat(133) + "á")).isEqualTo(2);
		assertThat(SmsSegments.count("a".repeat(134) + "á")).isEqualTo(3);
	}

	@Test
	void anEmojiCostsTwoUnitsAndIsNeverSplit() {
		assertThat(SmsSegments.count("a".repeat(68) + "😀")).isEqualTo(1);
		assertThat(SmsSegments.count("a".repeat(69) + "😀")).isEqualTo(2);
		// 134 units would fit two segments of 67 if the emoji could be split.
		assertThat(SmsSegments.count("a".repeat(66) + "😀" + "a".repeat(66))).isEqualTo(3);
	}

	@Test
	void accentsInGsm7StayGsm7() {
		assertThat(SmsSegments.isGsm7("café, niño, Müller")).isTrue();
	}

}
