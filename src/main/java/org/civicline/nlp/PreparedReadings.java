package org.civicline.nlp;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Costly work a start does on the city's texts (tagging them, training the classifier,
 * calibrating the FAQ search), saved by the build so the jar can ship it. A start uses
 * what was shipped only for texts and examples that have not changed since the build.
 */
public interface PreparedReadings {

	/** Writes them into the directory that becomes {@code prepared/} on the classpath. */
	void save(Path directory) throws IOException;

}
