package org.civicline.emergency.web;

import java.util.List;

import org.civicline.emergency.AlertSubscriptions;
import org.civicline.emergency.ConsentRecord;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff export the consent ledger, as JSON for tools or CSV for a spreadsheet. */
@RestController
class AdminConsentController {

	private final AlertSubscriptions subscriptions;

	AdminConsentController(AlertSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping(path = "/api/v1/admin/alerts/consent", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ConsentRecord> ledger() {
		return this.subscriptions.ledger();
	}

	@GetMapping(path = "/api/v1/admin/alerts/consent.csv", produces = "text/csv")
	ResponseEntity<String> ledgerCsv() {
		StringBuilder csv = new StringBuilder("id,channel,address,action,words,zone,language,recorded_at\r\n");
		for (ConsentRecord record : this.subscriptions.ledger()) {
			csv.append(record.id())
				.append(',')
				.append(cell(record.channel()))
				.append(',')
				.append(cell(record.address()))
				.append(',')
				.append(cell(record.action()))
				.append(',')
				.append(cell(record.words()))
				.append(',')
				.append(cell(record.zone()))
				.append(',')
				.append(cell(record.language()))
				.append(',')
				.append(record.recordedAt())
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alert-consent.csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(csv.toString());
	}

	// RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never
	// runs a resident's words. A phone number's "+" is left alone.
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		boolean formula = value.matches("(?s)^[=+\\-@\\t\\r].*") && !value.matches("^\\+\\d+$");
		String safe = formula ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
