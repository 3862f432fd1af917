package org.civicline.conversation.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EncoderBudgetTests {

	@Test
	void anIdleServerMayEncode() {
		assertThat(new EncoderBudget(0.05, 2).mayEncode()).isTrue();
	}

	@Test
	void aSpentBudgetStopsEncodingUntilItRefills() throws InterruptedException {
		EncoderBudget budget = new EncoderBudget(0.5, 2);
		budget.spent(1_000_000_000L);
		assertThat(budget.mayEncode()).isFalse();
		// A core's worth a second refills the second of encoding (less the saved credit)
		// within a second.
		Thread.sleep(1_000);
		assertThat(budget.mayEncode()).isTrue();
	}

	@Test
	void anUrgentMessageMayBorrowWhatOthersMayNot() {
		EncoderBudget budget = new EncoderBudget(0.05, 2);
		budget.spent(300_000_000L);
		assertThat(budget.mayEncode(false)).isFalse();
		assertThat(budget.mayEncode(true)).isTrue();
		budget.spent(300_000_000L);
		assertThat(budget.mayEncode(true)).isFalse();
	}

	@Test
	void aShareOfOneNeverStops() {
		EncoderBudget budget = new EncoderBudget(1, 2);
		budget.spent(Long.MAX_VALUE / 2);
		assertThat(budget.mayEncode()).isTrue();
	}

}
