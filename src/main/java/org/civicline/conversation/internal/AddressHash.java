package org.civicline.conversation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A resident's channel address as it is kept where the address itself must not be: the
 * same sender always gives the same hash (so counts and audits still add up), and the
 * hash does not give the number back.
 */
final class AddressHash {

	private AddressHash() {
	}

	static String of(String address) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This Java has no SHA-256", ex);
		}
	}

}
