package org.civicline.console.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.civicline.faq.FaqTranslations;
import org.civicline.faq.InvalidFaqEdit;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FAQ in Spanish as staff keep it: {@code /api/v1/admin/faq/translations/es} lists
 * every entry with its translation, stale ones (the English changed since the Spanish was
 * reviewed) and missing ones first; editors save a draft, publishers publish it (or their
 * own text) as reviewed, or mark the existing one reviewed against the current English.
 */
@RestController
class AdminFaqTranslationsController {

	private final FaqTranslations translations;

	AdminFaqTranslationsController(FaqTranslations translations) {
		this.translations = translations;
	}

	@GetMapping("/api/v1/admin/faq/translations/{language}")
	List<Listing> list(@PathVariable String language) {
		return this.translations.list(language).stream().map(Listing::of).toList();
	}

	@GetMapping("/api/v1/admin/faq/{id}/translations/{language}")
	ResponseEntity<?> find(@PathVariable String id, @PathVariable String language) {
		return this.translations.find(id, language)
			.<ResponseEntity<?>>map((translation) -> ResponseEntity.ok(Listing.of(translation)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "There is no FAQ entry " + id + ".")));
	}

	@PutMapping(path = "/api/v1/admin/faq/{id}/translations/{language}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Listing save(@PathVariable String id, @PathVariable String language, @RequestBody TextRequest text,
			Principal staff) {
		return Listing.of(this.translations.save(id, language, text(text), staff.getName()));
	}

	private static FaqTranslations.Text text(TextRequest text) {
		if (text == null) {
			throw new InvalidFaqEdit("Send the translation as JSON.");
		}
		List<String> questions = (text.questions() != null)
				? text.questions().stream().filter((q) -> q != null && !q.isBlank()).map(String::strip).toList()
				: List.of();
		return new FaqTranslations.Text(text.title(), text.answer(), text.shortAnswer(), questions);
	}

	@PutMapping(path = "/api/v1/admin/faq/{id}/translations/{language}/draft",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	Listing saveDraft(@PathVariable String id, @PathVariable String language, @RequestBody TextRequest text,
			Principal staff) {
		return Listing.of(this.translations.saveDraft(id, language, text(text), staff.getName()));
	}

	@PostMapping("/api/v1/admin/faq/{id}/translations/{language}/publish")
	Listing publishDraft(@PathVariable String id, @PathVariable String language, Principal staff) {
		return Listing.of(this.translations.publishDraft(id, language, staff.getName()));
	}

	@PostMapping("/api/v1/admin/faq/{id}/translations/{language}/reviewed")
	Listing reviewed(@PathVariable String id, @PathVariable String language, Principal staff) {
		return Listing.of(this.translations.markReviewed(id, language, staff.getName()));
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(InvalidFaqEdit.class)
	ResponseEntity<Map<String, String>> invalid(InvalidFaqEdit invalid) {
		HttpStatus status = invalid.getMessage().startsWith("There is no") ? HttpStatus.NOT_FOUND
				: HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(Map.of("error", invalid.getMessage()));
	}

	record TextRequest(String title, String answer, String shortAnswer, List<String> questions) {
	}

	/** A translation as the console shows it, its state spelled out. */
	record Listing(String id, String language, String entryTitle, String state, FaqTranslations.Text text,
			int reviewedVersion, int englishVersion, String reviewedBy, java.time.Instant updatedAt,
			FaqTranslations.Text draft, String draftAuthor) {

		static Listing of(FaqTranslations.Translation translation) {
			String state = translation.missing() ? "missing" : translation.stale() ? "stale" : "current";
			return new Listing(translation.id(), translation.language(), translation.entryTitle(), state,
					translation.text(), translation.reviewedVersion(), translation.englishVersion(),
					translation.reviewedBy(), translation.updatedAt(), translation.draft(), translation.draftAuthor());
		}

	}

}
