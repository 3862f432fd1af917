package org.civicline.sms.internal;

import java.util.regex.Pattern;

import org.civicline.conversation.Reply;

/**
 * Fits a reply to SMS: plain text, the whole answer when it is short, else the entry's
 * short answer with "Reply MORE" for the rest; never over Twilio's 1,600 characters.
 */
final class SmsReplyFitter {

	static final int MAX_CHARACTERS = 1600;

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)]+)\\)");

	private final int maxSegments;

	private final String website;

	SmsReplyFitter(int maxSegments, String website) {
		this.maxSegments = maxSegments;
		this.website = website;
	}

	/**
	 * @param text what to send now
	 * @param more what "MORE" sends, or {@code null} when the whole answer was sent
	 */
	record Fitted(String text, String more) {
	}

	Fitted fit(Reply reply) {
		String full = plain(reply.text());
		if (SmsSegments.count(full) <= this.maxSegments && full.length() <= MAX_CHARACTERS) {
			return new Fitted(full, null);
		}
		String brief = plain(reply.shortText());
		if (brief.equals(full) || brief.isBlank()) {
			return new Fitted(cut(full), null);
		}
		// MAS is a keyword like MORE (and without its accent, the text may stay GSM-7).
		return new Fitted(brief
				+ (reply.spanish() ? " Responda MAS para la respuesta completa." : " Reply MORE for the full answer."),
				full);
	}

	/** The rest of a long answer, cut to fit with a link to the rest. */
	String more(String full) {
		return cut(full);
	}

	private String cut(String text) {
		if (text.length() <= MAX_CHARACTERS) {
			return text;
		}
		String tail = " More: " + this.website;
		String head = text.substring(0, MAX_CHARACTERS - tail.length());
		int sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf('\n'));
		if (sentence > MAX_CHARACTERS / 2) {
			head = head.substring(0, sentence + 1);
		}
		return head.strip() + tail;
	}

	/** Markdown to plain text: SMS shows the asterisks as they are. */
	static String plain(String markdown) {
		String text = BOLD.matcher(markdown).replaceAll((match) -> (match.group(1) != null) ? "$1" : "$2");
		text = LINK.matcher(text).replaceAll("$1 ($2)");
		text = text.replaceAll("(?m)^#+[ \\t]*", "").replaceAll("(?m)^[ \\t]*[*-][ \\t]+", "- ");
		return text.replaceAll("\n{3,}", "\n\n").strip();
	}

}
