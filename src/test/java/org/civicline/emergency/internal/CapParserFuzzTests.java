package org.civicline.emergency.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever a feed serves, the CAP parser returns alerts or refuses the document with a
 * reason ({@link CapParser.CapRejected}); nothing else escapes it. The inputs kept under
 * {@code CapParserFuzzTestsInputs} (real alerts and feeds of our own making) replay in
 * every build; {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class CapParserFuzzTests {

	@FuzzTest(maxDuration = "2m")
	void anyDocumentIsAlertsOrARefusal(byte[] input) {
		try {
			CapParser.parse(input);
		}
		catch (CapParser.CapRejected refused) {
			// A reasoned refusal is the expected answer to a bad document.
		}
	}

}
