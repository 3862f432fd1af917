package org.civicline.nlp.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civicline.nlp.PreparedReadings;
import org.civicline.nlp.ShippedFiles;

import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

@Component
class SavedReadings implements PreparedReadings {

	private final CoreNlpTextNormalizer normalizer;

	private final CoreNlpClassifierTrainer trainer;

	private final MiniLmSentenceEncoder encoder;

	private final SentenceVectorClassifierTrainer vectorTrainer;

	private final ResourcePatternResolver resolver;

	SavedReadings(CoreNlpTextNormalizer normalizer, CoreNlpClassifierTrainer trainer, MiniLmSentenceEncoder encoder,
			SentenceVectorClassifierTrainer vectorTrainer, ResourcePatternResolver resolver) {
		this.resolver = resolver;
		this.normalizer = normalizer;
		this.trainer = trainer;
		this.encoder = encoder;
		this.vectorTrainer = vectorTrainer;
	}

	@Override
	public void save(Path directory) throws IOException {
		ShippedClassifier trained = this.trainer.lastTrained();
		if (trained == null) {
			throw new IllegalStateException("No classifier has been trained yet");
		}
		SentenceVectorClassifierTrainer.Shipped vectorClassifier = this.vectorTrainer.lastTrained();
		if (vectorClassifier == null) {
			throw new IllegalStateException("No vector classifier has been trained yet");
		}
		vectorClassifier.save(directory.resolve(Path.of(SentenceVectorClassifierTrainer.RESOURCE).getFileName()));
		this.encoder.known().save(directory.resolve(Path.of(KnownVectors.RESOURCE).getFileName()));
		this.normalizer.saveTaggedTexts(directory.resolve(Path.of(TaggedTexts.RESOURCE).getFileName()));
		trained.save(directory.resolve(Path.of(ShippedClassifier.RESOURCE).getFileName()));
		List<String> files = ShippedFiles.list(this.resolver);
		if (files != null) {
			Files.createDirectories(directory);
			Files.write(directory.resolve(Path.of(ShippedFiles.LIST).getFileName()), files);
		}
	}

}
