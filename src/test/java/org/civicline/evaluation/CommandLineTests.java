package org.civicline.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTests {

	@Test
	void readsOptionsWrittenWithASpaceOrAnEqualsSign() {
		CommandLine line = CommandLine.parse(new String[] { "evaluate", "cases.jsonl", "--predictions", "out.jsonl" });
		assertThat(line.command()).isEqualTo("evaluate");
		assertThat(line.words()).containsExactly("cases.jsonl");
		assertThat(line.option("predictions", null)).isEqualTo("out.jsonl");
		assertThat(CommandLine.parse(new String[] { "evaluate", "c", "--predictions=o" }).option("predictions", null))
			.isEqualTo("o");
	}

	@Test
	void leavesSpringsOwnOptionsToSpring() {
		CommandLine line = CommandLine
			.parse(new String[] { "evaluate", "--spring.datasource.url=jdbc:h2:mem:x", "cases.jsonl" });
		assertThat(line.words()).containsExactly("cases.jsonl");
	}

	@Test
	void fallsBackWhenAnOptionIsMissingOrEmpty() {
		CommandLine line = CommandLine.parse(new String[] { "benchmark", "--threads" });
		assertThat(line.option("threads", "1,2")).isEqualTo("1,2");
		assertThat(line.option("seconds", "10")).isEqualTo("10");
	}

	@Test
	void knowsItsCommandWords() {
		assertThat(Commands.isCommand(new String[] { "evaluate", "x" })).isTrue();
		assertThat(Commands.isCommand(new String[] { "benchmark" })).isTrue();
		assertThat(Commands.isCommand(new String[] { "--server.port=8080" })).isFalse();
		assertThat(Commands.isCommand(new String[0])).isFalse();
	}

}
