package org.civicline.faq.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civicline.nlp.PreparedReadings;

import org.springframework.stereotype.Component;

/**
 * Ships what building the FAQ search works out: the confidence calibration, and the index
 * by meaning with its graph of neighbours.
 */
@Component
class SavedFaqReadings implements PreparedReadings {

	private final LuceneFaqSearch search;

	SavedFaqReadings(LuceneFaqSearch search) {
		this.search = search;
	}

	@Override
	public void save(Path directory) throws IOException {
		ShippedCalibration calibration = this.search.lastCalibration();
		if (calibration == null) {
			throw new IllegalStateException("The FAQ index has not been built yet");
		}
		calibration.save(directory.resolve(Path.of(ShippedCalibration.RESOURCE).getFileName()));
		FaqVectorIndex vectors = this.search.vectorsToShip();
		// Without an encoder here, a start builds the index if its encoder loads.
		if (vectors != null) {
			try (OutputStream out = Files
				.newOutputStream(directory.resolve(Path.of(FaqVectorIndex.RESOURCE).getFileName()))) {
				vectors.save(out);
			}
		}
	}

}
