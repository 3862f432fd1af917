package org.civicline.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.civicline.nlp.PreparedReadings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code prepare <directory>}: starts CivicLine on the shipped FAQ and intents, as a
 * fresh server would, and saves what the start worked out (every
 * {@link PreparedReadings}) into the directory. The build runs it so the jar starts
 * without that work.
 */
@Component
class PrepareCommand implements ApplicationRunner, ExitCodeGenerator {

	private final List<PreparedReadings> readings;

	private int exitCode;

	PrepareCommand(List<PreparedReadings> readings) {
		this.readings = readings;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		CommandLine line = CommandLine.parse(arguments.getSourceArgs());
		if (!Commands.PREPARE.equals(line.command())) {
			return;
		}
		if (line.words().size() != 1) {
			System.err.println("usage: prepare <directory>");
			this.exitCode = 2;
			return;
		}
		Path directory = Path.of(line.words().get(0));
		removeEarlierFiles(directory);
		for (PreparedReadings prepared : this.readings) {
			prepared.save(directory);
		}
		System.out.println("Prepared readings saved in " + directory);
	}

	// A file an earlier build wrote under a name no longer used would ship too.
	private static void removeEarlierFiles(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.delete(file);
			}
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
