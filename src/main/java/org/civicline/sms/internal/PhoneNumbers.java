package org.civicline.sms.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as stored (E.164) and as logged (masked). */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The number in E.164, when it is a possible number of its region. */
	public static Optional<String> e164(String raw, String defaultRegion) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(raw, defaultRegion);
			return UTIL.isPossibleNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The number with all but its country code's first digits and last two digits hidden,
	 * so logs can tell conversations apart without holding residents' numbers.
	 */
	public static String mask(String number) {
		if (number == null || number.length() < 6) {
			return "***";
		}
		return number.substring(0, 3) + "*".repeat(number.length() - 5) + number.substring(number.length() - 2);
	}

}
