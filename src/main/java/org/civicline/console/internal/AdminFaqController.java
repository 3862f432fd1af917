package org.civicline.console.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.civicline.faq.FaqEditor;
import org.civicline.faq.FaqEntry;
import org.civicline.faq.InvalidFaqEdit;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FAQ as staff edit it: {@code /api/v1/admin/faq}. Editors save drafts and add
 * residents' wordings; publishers publish (the golden set must pass unless they
 * override), pull an entry at once, and roll back.
 */
@RestController
class AdminFaqController {

	private final FaqEditor editor;

	AdminFaqController(FaqEditor editor) {
		this.editor = editor;
	}

	@GetMapping("/api/v1/admin/faq")
	List<FaqEditor.Listing> list() {
		return this.editor.list();
	}

	@GetMapping("/api/v1/admin/faq/{id}")
	ResponseEntity<?> entry(@PathVariable String id) {
		return this.editor.find(id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "There is no FAQ entry " + id + ".")));
	}

	@PutMapping(path = "/api/v1/admin/faq/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
	FaqEditor.Document saveDraft(@PathVariable String id, @RequestBody DraftRequest draft, Principal staff) {
		if (draft == null) {
			throw new InvalidFaqEdit("Send the entry as JSON.");
		}
		FaqEntry content = new FaqEntry(id, (draft.language() == null) ? "en" : draft.language(), draft.title(),
				draft.answer(), draft.shortAnswer(), clean(draft.questions()), clean(draft.tags()),
				Boolean.TRUE.equals(draft.emergency()), clean(draft.hazards()));
		return this.editor.saveDraft(content, draft.owner(), draft.reviewBy(), staff.getName());
	}

	@DeleteMapping("/api/v1/admin/faq/{id}/draft")
	ResponseEntity<Void> discardDraft(@PathVariable String id) {
		this.editor.discardDraft(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/api/v1/admin/faq/{id}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
	FaqEditor.Document addQuestion(@PathVariable String id, @RequestBody Map<String, String> body, Principal staff) {
		return this.editor.addQuestion(id, body.get("question"), staff.getName());
	}

	@PostMapping("/api/v1/admin/faq/{id}/publish")
	ResponseEntity<FaqEditor.Publication> publish(@PathVariable String id,
			@RequestBody(required = false) Map<String, Boolean> body, Principal staff) {
		boolean override = body != null && Boolean.TRUE.equals(body.get("override"));
		FaqEditor.Publication publication = this.editor.publish(id, staff.getName(), override);
		return ResponseEntity.status(publication.published() ? HttpStatus.OK : HttpStatus.CONFLICT).body(publication);
	}

	@PostMapping("/api/v1/admin/faq/{id}/unpublish")
	ResponseEntity<Void> unpublish(@PathVariable String id, Principal staff) {
		this.editor.unpublish(id, staff.getName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/api/v1/admin/faq/{id}/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
	FaqEditor.Publication rollback(@PathVariable String id, @RequestBody Map<String, Integer> body, Principal staff) {
		Integer version = body.get("version");
		if (version == null) {
			throw new InvalidFaqEdit("Send {\"version\": N}, a version from the entry's history.");
		}
		return this.editor.rollback(id, version, staff.getName());
	}

	@GetMapping("/api/v1/admin/faq/{id}/history")
	List<FaqEditor.Revision> history(@PathVariable String id) {
		return this.editor.history(id);
	}

	@GetMapping("/api/v1/admin/faq-golden")
	Map<String, Object> goldenSet() {
		return Map.of("cases", this.editor.goldenSet(), "failures", this.editor.checkGoldenSet());
	}

	@PostMapping(path = "/api/v1/admin/faq-golden", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<FaqEditor.GoldenCase> addGoldenCase(@RequestBody Map<String, String> body, Principal staff) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.editor.addGoldenCase(body.get("question"), body.get("entryId"), staff.getName()));
	}

	@DeleteMapping("/api/v1/admin/faq-golden/{id}")
	ResponseEntity<Void> removeGoldenCase(@PathVariable long id) {
		this.editor.removeGoldenCase(id);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InvalidFaqEdit.class)
	ResponseEntity<Map<String, String>> invalid(InvalidFaqEdit invalid) {
		HttpStatus status = invalid.getMessage().startsWith("There is no") ? HttpStatus.NOT_FOUND
				: HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(Map.of("error", invalid.getMessage()));
	}

	private static List<String> clean(List<String> values) {
		return (values == null) ? List.of()
				: values.stream().filter((value) -> value != null && !value.isBlank()).map(String::strip).toList();
	}

	record DraftRequest(String language, String title, String answer, String shortAnswer, List<String> questions,
			List<String> tags, Boolean emergency, List<String> hazards, String owner, LocalDate reviewBy) {
	}

}
