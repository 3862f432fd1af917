package org.civicline.conversation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civicline.conversation.InboundMessage.Coordinates;

/**
 * A report the resident is telling the engine about, not filed yet.
 *
 * @param service the service code
 * @param description the resident's own words
 * @param place where, as read back, or {@code null} until known
 * @param details the service's details given so far
 * @param awaiting what the engine last asked for
 * @param duplicateOf an open request at the same place the resident was offered to follow
 * @param point coordinates the channel sent, or {@code null}
 * @param photo where the photo the resident sent can be fetched, or {@code null}
 */
record ReportDraft(String service, String description, String place, Map<String, String> details, Awaiting awaiting,
		String duplicateOf, Coordinates point, String photo) {

	ReportDraft {
		details = Map.copyOf(details);
	}

	static ReportDraft of(String service, String description, String place, Coordinates point) {
		return new ReportDraft(service, description, place, Map.of(), Awaiting.NOTHING, null, point, null);
	}

	ReportDraft at(String newPlace) {
		// A place the resident names replaces coordinates sent before.
		return new ReportDraft(this.service, this.description, newPlace, this.details, this.awaiting, this.duplicateOf,
				null, this.photo);
	}

	ReportDraft at(Coordinates newPoint) {
		return new ReportDraft(this.service, this.description, "your shared location (" + newPoint + ")", this.details,
				this.awaiting, this.duplicateOf, newPoint, this.photo);
	}

	ReportDraft with(String code, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.details);
		more.put(code, value);
		return new ReportDraft(this.service, this.description, this.place, more, this.awaiting, this.duplicateOf,
				this.point, this.photo);
	}

	ReportDraft awaiting(Awaiting next) {
		return new ReportDraft(this.service, this.description, this.place, this.details, next, this.duplicateOf,
				this.point, this.photo);
	}

	ReportDraft duplicateOf(String number) {
		return new ReportDraft(this.service, this.description, this.place, this.details, Awaiting.DUPLICATE, number,
				this.point, this.photo);
	}

	ReportDraft withPhoto(String url) {
		return new ReportDraft(this.service, this.description, this.place, this.details, this.awaiting,
				this.duplicateOf, this.point, url);
	}

	/**
	 * What the engine waits for: a place, a detail (by its code), a YES/NO, or
	 * follow-or-file.
	 */
	record Awaiting(String what) {

		static final Awaiting NOTHING = new Awaiting("nothing");

		static final Awaiting PLACE = new Awaiting("place");

		static final Awaiting CONFIRMATION = new Awaiting("confirmation");

		static final Awaiting DUPLICATE = new Awaiting("duplicate");

		static Awaiting detail(String code) {
			return new Awaiting("detail:" + code);
		}

		String detailCode() {
			return this.what.startsWith("detail:") ? this.what.substring("detail:".length()) : null;
		}

	}

}
