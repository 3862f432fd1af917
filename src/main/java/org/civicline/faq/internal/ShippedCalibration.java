package org.civicline.faq.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.civicline.faq.FaqEntry;
import org.civicline.nlp.PreparedReadings;

/**
 * The confidence model the build fitted on the shipped FAQ, with the fingerprint of the
 * entries and unanswerable messages it was fitted on. Fitting ranks every alternate
 * question with itself left out, which is most of building an index at start; a start
 * whose FAQ has not changed since the build uses this one.
 *
 * @param fingerprint what the model was fitted on
 * @param model the fitted model
 */
record ShippedCalibration(String fingerprint, ConfidenceModel model) {

	static final String RESOURCE = "prepared/faq-calibration.txt";

	/** The calibration the build shipped in the jar, or {@code null}. */
	static ShippedCalibration shipped() {
		if (!PreparedReadings.usePrepared()) {
			return null;
		}
		try (InputStream in = ShippedCalibration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return (in != null) ? parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)) : null;
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("The shipped FAQ calibration in " + RESOURCE + " cannot be read", ex);
		}
	}

	static ShippedCalibration parse(String text) {
		List<String> lines = text.lines().toList();
		double[][] parameters = lines.subList(1, 4)
			.stream()
			.map((line) -> line.isBlank() ? new double[0]
					: Arrays.stream(line.split(" ")).mapToDouble(Double::parseDouble).toArray())
			.toArray(double[][]::new);
		return new ShippedCalibration(lines.get(0), ConfidenceModel.of(parameters[0], parameters[1], parameters[2]));
	}

	void save(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		StringBuilder text = new StringBuilder(this.fingerprint).append('\n');
		for (double[] values : this.model.parameters()) {
			// Double.toString keeps every bit, so the shipped model is the fitted one.
			text.append(String.join(" ", Arrays.stream(values).mapToObj(Double::toString).toList())).append('\n');
		}
		Files.writeString(file, text);
	}

	/** The model this calibration shipped if it was fitted on the same FAQ, or null. */
	ConfidenceModel modelFor(String fingerprint) {
		return this.fingerprint.equals(fingerprint) ? this.model : null;
	}

	static String fingerprint(List<FaqEntry> entries, List<List<String>> unanswerable) {
		List<String> parts = new ArrayList<>();
		entries.forEach((entry) -> parts.add(entry.toString()));
		parts.add(unanswerable.toString());
		return PreparedReadings.fingerprint(parts);
	}

}
