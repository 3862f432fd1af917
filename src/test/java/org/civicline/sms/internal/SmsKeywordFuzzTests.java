package org.civicline.sms.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text a stranger can send to the city's number is read as a keyword or as none,
 * never as an error. The inputs kept under {@code SmsKeywordFuzzTestsInputs} replay in
 * every build; {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class SmsKeywordFuzzTests {

	@FuzzTest(maxDuration = "2m")
	void anyTextIsAKeywordOrNone(byte[] input) {
		SmsKeyword.read(new String(input, java.nio.charset.StandardCharsets.UTF_8));
	}

}
