package org.civicline.console.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.civicline.faq.FaqEditor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learning queue, {@code /api/v1/admin/learning}: one call adds a resident's wording
 * to an entry's draft, or sets the item aside.
 */
@RestController
class AdminLearningController {

	private final LearningQueue queue;

	private final FaqEditor editor;

	AdminLearningController(LearningQueue queue, FaqEditor editor) {
		this.queue = queue;
		this.editor = editor;
	}

	@GetMapping("/api/v1/admin/learning")
	List<LearningQueue.Item> open() {
		return this.queue.open(500);
	}

	@PostMapping("/api/v1/admin/learning/{id}/add-to-entry")
	ResponseEntity<?> addToEntry(@PathVariable long id, @RequestBody Map<String, String> body, Principal staff) {
		return this.queue.find(id).<ResponseEntity<?>>map((item) -> {
			String entry = body.get("entryId");
			FaqEditor.Document draft = this.editor.addQuestion(entry, item.question(), staff.getName());
			this.queue.resolve(id, staff.getName(), "added to " + entry);
			return ResponseEntity.ok(draft);
		}).orElseGet(AdminLearningController::gone);
	}

	/** Marks the item taken, for a new entry started from it in the console. */
	@PostMapping("/api/v1/admin/learning/{id}/new-entry")
	ResponseEntity<?> newEntry(@PathVariable long id, Principal staff) {
		return this.queue.find(id).<ResponseEntity<?>>map((item) -> {
			this.queue.resolve(id, staff.getName(), "new entry");
			return ResponseEntity.ok(item);
		}).orElseGet(AdminLearningController::gone);
	}

	@PostMapping("/api/v1/admin/learning/{id}/dismiss")
	ResponseEntity<?> dismiss(@PathVariable long id, Principal staff) {
		return this.queue.resolve(id, staff.getName(), "dismissed") ? ResponseEntity.noContent().build() : gone();
	}

	private static ResponseEntity<?> gone() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Map.of("error", "That item is not in the queue any more (someone may have handled it)."));
	}

}
