package org.civicline.nlp.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.civicline.nlp.PreparedReadings;

import org.springframework.stereotype.Component;

@Component
class SavedReadings implements PreparedReadings {

	private final CoreNlpTextNormalizer normalizer;

	private final CoreNlpClassifierTrainer trainer;

	SavedReadings(CoreNlpTextNormalizer normalizer, CoreNlpClassifierTrainer trainer) {
		this.normalizer = normalizer;
		this.trainer = trainer;
	}

	@Override
	public void save(Path directory) throws IOException {
		ShippedClassifier trained = this.trainer.lastTrained();
		if (trained == null) {
			throw new IllegalStateException("No classifier has been trained yet");
		}
		this.normalizer.saveTaggedTexts(directory.resolve(Path.of(TaggedTexts.RESOURCE).getFileName()));
		trained.save(directory.resolve(Path.of(ShippedClassifier.RESOURCE).getFileName()));
	}

}
