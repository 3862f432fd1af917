package org.civicline.faq.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.civicline.nlp.PreparedReadings;

import org.springframework.stereotype.Component;

@Component
class SavedCalibration implements PreparedReadings {

	private final LuceneFaqSearch search;

	SavedCalibration(LuceneFaqSearch search) {
		this.search = search;
	}

	@Override
	public void save(Path directory) throws IOException {
		ShippedCalibration calibration = this.search.lastCalibration();
		if (calibration == null) {
			throw new IllegalStateException("The FAQ index has not been built yet");
		}
		calibration.save(directory.resolve(Path.of(ShippedCalibration.RESOURCE).getFileName()));
	}

}
