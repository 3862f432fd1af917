package org.civicline.telegram.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramApiTests {

	@Test
	void aButtonsDataFitsTelegrams64BytesEvenWithAccentsAndEmoji() {
		String label = "Reportar un bache en la calle Peña 😀 ".repeat(3);
		String data = TelegramApi.withinBytes(label, 64);
		assertThat(data.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
		assertThat(label).startsWith(data);
		assertThat(TelegramApi.withinBytes("YES", 64)).isEqualTo("YES");
	}

	@Test
	void longRepliesAreSplitWithinTheLimitWithoutLosingText() {
		String text = "A sentence about bulky pickup. ".repeat(300);
		assertThat(TelegramReplies.split(text)).allSatisfy((part) -> assertThat(part).hasSizeLessThanOrEqualTo(4096))
			.hasSize(3);
		assertThat(String.join(" ", TelegramReplies.split(text))).isEqualTo(text.strip());
	}

}
