package org.civicline.sms.internal;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.commons.charset.GSMCharset;

/**
 * Counts SMS segments as carriers do. A message that GSM-7 can carry costs one septet a
 * character and two for the extension characters ({@code ^ { } \ [ ~ ] | €}); 160 septets
 * fit one segment, 153 each once split. One character outside GSM-7 makes the whole
 * message UCS-2: 70 UTF-16 units in one segment, 67 each once split, an emoji being two.
 * A character is never split across two segments.
 */
public final class SmsSegments {

	private SmsSegments() {
	}

	public static boolean isGsm7(CharSequence text) {
		return GSMCharset.canRepresent(text);
	}

	public static int count(String text) {
		if (text.isEmpty()) {
			return 1;
		}
		boolean gsm = isGsm7(text);
		int single = gsm ? 160 : 70;
		int part = gsm ? 153 : 67;
		int total = 0;
		int[] costs = new int[text.length()];
		int n = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int chars = Character.charCount(codePoint);
			costs[n++] = gsm ? CharsetUtil.CHARSET_GSM.encode(text.substring(i, i + chars)).length : chars;
			total += costs[n - 1];
			i += chars;
		}
		if (total <= single) {
			return 1;
		}
		int segments = 1;
		int used = 0;
		for (int i = 0; i < n; i++) {
			if (used + costs[i] > part) {
				segments++;
				used = 0;
			}
			used += costs[i];
		}
		return segments;
	}

}
