package org.civicline.faq.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civicline.faq.FaqEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedCalibrationTests {

	@TempDir
	Path directory;

	private static final FaqEntry TRASH = new FaqEntry("trash-day", "en", "Trash day", "Trash is collected weekly.",
			"Weekly.", List.of("when is trash day"), List.of("trash"), false, List.of());

	@Test
	void aSavedCalibrationGivesTheFittedProbabilitiesBitForBit() throws IOException {
		ConfidenceModel fitted = ConfidenceModel.fit(List.of(new double[] { 0.9, 0.5 }, new double[] { 0.1, 0.05 },
				new double[] { 0.7, 0.3 }, new double[] { 0.2, 0.1 }), List.of(true, false, true, false));
		String fingerprint = ShippedCalibration.fingerprint(List.of(TRASH), List.of(List.of("pizza")));
		Path file = this.directory.resolve("calibration.txt");
		new ShippedCalibration(fingerprint, fitted).save(file);

		ShippedCalibration shipped = ShippedCalibration.parse(Files.readString(file));

		double[] message = { 0.6, 0.2 };
		assertThat(shipped.modelFor(fingerprint).probability(message)).isEqualTo(fitted.probability(message));
	}

	@Test
	void anEditedEntryOrAnotherUnanswerableMessageNeedsItsOwnCalibration() {
		String shipped = ShippedCalibration.fingerprint(List.of(TRASH), List.of(List.of("pizza")));
		FaqEntry edited = new FaqEntry("trash-day", "en", "Trash day", "Trash is collected on Mondays.", "Mondays.",
				List.of("when is trash day"), List.of("trash"), false, List.of());

		assertThat(ShippedCalibration.fingerprint(List.of(edited), List.of(List.of("pizza")))).isNotEqualTo(shipped);
		assertThat(ShippedCalibration.fingerprint(List.of(TRASH), List.of(List.of("weather")))).isNotEqualTo(shipped);
		assertThat(ShippedCalibration.fingerprint(List.of(TRASH), List.of(List.of("pizza")))).isEqualTo(shipped);
	}

}
