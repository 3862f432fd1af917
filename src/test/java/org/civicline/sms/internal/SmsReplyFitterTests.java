package org.civicline.sms.internal;

import java.util.List;

import org.civicline.conversation.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsReplyFitterTests {

	private final SmsReplyFitter fitter = new SmsReplyFitter(3, "portmarlow.example/311");

	@Test
	void aShortAnswerIsSentWholeAsPlainText() {
		SmsReplyFitter.Fitted fitted = this.fitter.fit(new Reply("answer",
				"Call **555-0100** or see [the page](https://x.example).", "short", List.of(), "id"));
		assertThat(fitted.text()).isEqualTo("Call 555-0100 or see the page (https://x.example).");
		assertThat(fitted.more()).isNull();
	}

	@Test
	void aLongAnswerSendsTheShortFormAndKeepsTheRestForMore() {
		String full = "Bulky items go out on your collection day. ".repeat(20);
		SmsReplyFitter.Fitted fitted = this.fitter
			.fit(new Reply("answer", full, "Book a bulky pickup at portmarlow.example/bulk.", List.of(), "id"));
		assertThat(fitted.text())
			.isEqualTo("Book a bulky pickup at portmarlow.example/bulk. Reply MORE for the full answer.");
		assertThat(fitted.more()).isEqualTo(full.strip());
	}

	@Test
	void nothingSentIsEverOver1600Characters() {
		String full = "A long sentence about the rules of the road in the city. ".repeat(60);
		SmsReplyFitter.Fitted fitted = this.fitter.fit(new Reply("answer", full, full, List.of(), null));
		assertThat(fitted.text()).hasSizeLessThanOrEqualTo(1600).endsWith("More: portmarlow.example/311");
		assertThat(this.fitter.more(full)).hasSizeLessThanOrEqualTo(1600);
	}

	@Test
	void markdownListsAndHeadingsBecomePlainLines() {
		assertThat(SmsReplyFitter.plain("## Where\n\n* one\n* two\n\n\n\nend"))
			.isEqualTo("Where\n\n- one\n- two\n\nend");
	}

}
