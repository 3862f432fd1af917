package org.civicline.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic headers for the integration tests' staff admin. */
public final class StaffCredentials {

	private StaffCredentials() {
	}

	public static String admin() {
		return basic(CivicLineIntegrationTest.ADMIN_USER, CivicLineIntegrationTest.ADMIN_PASSWORD);
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
