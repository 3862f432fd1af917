package org.civicline.faq.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civicline.nlp.PreparedReadings;

import org.springframework.stereotype.Component;

/**
 * Ships the FAQ's index by meaning, graph of neighbours included, so a start whose
 * questions have not changed since the build reads it instead of building it.
 */
@Component
class SavedVectorIndex implements PreparedReadings {

	private final LuceneFaqSearch search;

	SavedVectorIndex(LuceneFaqSearch search) {
		this.search = search;
	}

	@Override
	public void save(Path directory) throws IOException {
		FaqVectorIndex vectors = this.search.vectorsToShip();
		if (vectors == null) {
			// Without an encoder here, a start builds the index if its encoder loads.
			return;
		}
		Files.createDirectories(directory);
		try (OutputStream out = Files
			.newOutputStream(directory.resolve(Path.of(FaqVectorIndex.RESOURCE).getFileName()))) {
			vectors.save(out);
		}
	}

}
