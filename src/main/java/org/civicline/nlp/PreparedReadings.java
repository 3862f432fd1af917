package org.civicline.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Costly work a start does on the city's texts (tagging them, training the classifier,
 * calibrating the FAQ search), saved by the build so the jar can ship it. A start uses
 * what was shipped only for texts and examples that have not changed since the build.
 */
public interface PreparedReadings {

	/**
	 * The system property that, set to {@code false}, makes a start ignore every prepared
	 * file: the build's own run sets it, so it starts from the corpus, not from an
	 * earlier build.
	 */
	String USE_PREPARED = "civicline.use-prepared";

	/** Writes them into the directory that becomes {@code prepared/} on the classpath. */
	void save(Path directory) throws IOException;

	/** Whether a start may use the prepared files the jar ships. */
	static boolean usePrepared() {
		return !"false".equals(System.getProperty(USE_PREPARED));
	}

	/**
	 * What prepared work was made from, as a SHA-256 in hex: the same parts in the same
	 * order give the same fingerprint, and no two lists of parts run together into one.
	 */
	static String fingerprint(List<String> parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This Java has no SHA-256", ex);
		}
	}

}
