package org.civicline.emergency.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CapParserTests {

	final CapProperties city = new CapProperties(null, java.time.Duration.ofMinutes(2), List.of("025025"), null, null,
			"Severe", "Expected", "Likely", false);

	@Test
	void readsAnAlertWithItsInfoAreaAndParameters() {
		CapAlert alert = CapParser.parse(CapSamples.alert("T-1", "Alert", null, "Hurricane Warning", "Extreme",
				"Expected", "025025", OffsetDateTime.now().plusHours(6)))
			.get(0);
		assertThat(alert.identifier()).isEqualTo("T-1");
		assertThat(alert.infos().get(0).event()).isEqualTo("Hurricane Warning");
		assertThat(alert.infos().get(0).parameters()).containsKey("CMAMtext");
		assertThat(alert.infos().get(0).areas().get(0).geocodes())
			.containsExactly(java.util.Map.entry("SAME", "025025"));
	}

	@Test
	void aDoctypeIsRefusedBeforeAnyEntityIsRead() {
		byte[] attack = """
				<?xml version="1.0"?>
				<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>"""
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(CapParser.CapRejected.class).isThrownBy(() -> CapParser.parse(attack))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void aMissingRequiredElementIsRefusedWithItsName() {
		byte[] noScope = new String(CapSamples.alert("T-2", "Alert", null, "Flood Warning", "Severe", "Expected",
				"025025", OffsetDateTime.now().plusHours(1)), StandardCharsets.UTF_8)
			.replace("<scope>Public</scope>", "")
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(CapParser.CapRejected.class).isThrownBy(() -> CapParser.parse(noScope))
			.withMessageContaining("<scope>");
	}

	@Nested
	class Matching {

		@Test
		void anActualPublicSevereAlertForTheCityMatches() {
			assertThat(match("Hurricane Warning", "Extreme", "Expected", "025025", 6)).isTrue();
		}

		@Test
		void anotherAreaALesserSeverityOrAnExpiredAlertDoesNot() {
			assertThat(match("Hurricane Warning", "Extreme", "Expected", "012086", 6)).isFalse();
			assertThat(match("Small Craft Advisory", "Minor", "Expected", "025025", 6)).isFalse();
			assertThat(match("Flood Watch", "Severe", "Future", "025025", 6)).isFalse();
			assertThat(match("Hurricane Warning", "Extreme", "Expected", "025025", -1)).isFalse();
		}

		@Test
		void aPolygonHoldingTheCityMatchesWithoutAGeocode() {
			CapMatcher byPoint = new CapMatcher(new CapProperties(null, java.time.Duration.ofMinutes(2), List.of(),
					42.2, -71.0, "Severe", "Expected", "Likely", false));
			CapAlert alert = CapParser.parse(CapSamples.alert("T-3", "Alert", null, "Flood Warning", "Severe",
					"Immediate", "999999", OffsetDateTime.now().plusHours(2)))
				.get(0);
			assertThat(byPoint.match(alert, Instant.now())).isPresent();
		}

		boolean match(String event, String severity, String urgency, String geocode, int hoursLeft) {
			CapAlert alert = CapParser.parse(CapSamples.alert("M-" + event.hashCode(), "Alert", null, event, severity,
					urgency, geocode, OffsetDateTime.now().plusHours(hoursLeft)))
				.get(0);
			return new CapMatcher(CapParserTests.this.city).match(alert, Instant.now()).isPresent();
		}

	}

	/**
	 * The google/cap-library fixtures in ../shared, when the build is told where it is.
	 */
	@Nested
	@EnabledIfSystemProperty(named = "civicline.shared", matches = ".+")
	class PublishedFixtures {

		@Test
		void validAlertsFromFourSendersParse() throws IOException {
			for (String name : List.of("thunderstorm.cap", "canada.cap", "australia.cap", "wcatwc-warning.cap")) {
				List<CapAlert> alerts = CapParser.parse(fixture(name));
				assertThat(alerts).as(name).hasSize(1);
				assertThat(alerts.get(0).infos()).as(name).isNotEmpty();
			}
			CapAlert thunderstorm = CapParser.parse(fixture("thunderstorm.cap")).get(0);
			assertThat(thunderstorm.infos().get(0).areas().get(0).polygons()).hasSize(1);
		}

		@Test
		void anUpdateCarriesTheAlertsItReplaces() throws IOException {
			CapAlert update = CapParser.parse(fixture("wcatwc-warning.cap")).get(0);
			assertThat(update.msgType()).isEqualTo("Update");
			assertThat(update.references()).containsExactly(new CapAlert.Reference("PAAQ", "PAAQ-1-lqw6d6"));
		}

		@Test
		void theSchemaInvalidAlertIsRefusedWithAReason() {
			assertThatExceptionOfType(CapParser.CapRejected.class)
				.isThrownBy(() -> CapParser.parse(fixture("invalid.cap")))
				.withMessageContaining("scope");
		}

		@Test
		void theExternalEntityAttackIsRefusedWithoutReadingAnything() {
			assertThatExceptionOfType(CapParser.CapRejected.class).isThrownBy(() -> CapParser.parse(fixture("xee.cap")))
				.withMessageContaining("DOCTYPE");
		}

		@Test
		void theWeatherServiceAtomFeedYieldsItsCapEntries() throws IOException {
			List<CapAlert> alerts = CapParser.parse(fixture("weather.atom"));
			assertThat(alerts).isNotEmpty();
			assertThat(alerts.get(0).infos().get(0).areas().get(0).geocodes())
				.contains(java.util.Map.entry("UGC", "MTZ014"));
		}

		byte[] fixture(String name) throws IOException {
			Path file = Path.of(System.getProperty("civicline.shared"), "cap", name);
			assertThat(file).as("shared fixture %s", file).exists();
			return Files.readAllBytes(file);
		}

	}

}
