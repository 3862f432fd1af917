package org.civicline.conversation.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineTextTests {

	@Test
	void keepsATextThatFits() {
		assertThat(LineText.cut("pothole on Elm", 14)).isEqualTo("pothole on Elm");
	}

	@Test
	void cutsALongerTextToTheLimitCountingTheEllipsis() {
		assertThat(LineText.cut("pothole on Elm", 8)).isEqualTo("pothole…").hasSize(8);
	}

}
