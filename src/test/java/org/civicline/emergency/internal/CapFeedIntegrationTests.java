package org.civicline.emergency.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.civicline.emergency.Emergency;
import org.civicline.emergency.EmergencyMode;
import org.civicline.emergency.EmergencyProposals.Proposal;
import org.civicline.testsupport.CivicLineIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CAP feed read over HTTP from a local stand-in for the weather service: matching
 * alerts become proposals, updates supersede them, cancels cancel them, and staff accept
 * one with a single call.
 */
@CivicLineIntegrationTest
class CapFeedIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmergencyMode mode;

	/** This instance's leases: the feed's lease is its to renew. */
	@Autowired
	JobLeases leases;

	final AtomicReference<byte[]> served = new AtomicReference<>(new byte[0]);

	HttpServer server;

	CapFeed feed;

	@BeforeEach
	void serveTheFeed() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/alerts", (exchange) -> {
			byte[] body = this.served.get();
			exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
		this.feed = feed(List.of("025025", "MTZ014"), false);
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		this.mode.end("test", "test over");
	}

	@Test
	void aMatchingAlertBecomesAProposalStaffAcceptInOneCall() {
		String id = "HU-" + System.nanoTime();
		this.served.set(CapSamples.feed(
				CapSamples.alertElement(id, "Alert", null, "Hurricane Warning", "Extreme", "Expected", "025025",
						OffsetDateTime.now().plusHours(12)),
				CapSamples.alertElement("OTHER-" + id, "Alert", null, "Hurricane Warning", "Extreme", "Expected",
						"012086", OffsetDateTime.now().plusHours(12))));
		this.feed.poll();
		this.feed.poll();

		List<Proposal> open = this.feed.open().stream().filter((p) -> p.identifier().contains(id)).toList();
		assertThat(open).singleElement().satisfies((p) -> assertThat(p.identifier()).isEqualTo(id));

		Emergency emergency = this.feed.accept(open.get(0).id(), "staff");

		assertThat(emergency.hazard()).isEqualTo("hurricane");
		assertThat(emergency.guidanceShort()).isEqualTo("Hurricane Warning in this area. Prepare now.");
		assertThat(emergency.faqIds()).contains("emergency-shelters");
		assertThat(emergency.expiresAt()).isBefore(OffsetDateTime.now().plusHours(13).toInstant());
		assertThat(this.mode.active()).isPresent();
		assertThat(this.feed.open()).noneMatch((p) -> p.identifier().equals(id));
	}

	@Test
	void anUpdateSupersedesAndACancelEndsWhatItRefersTo() {
		String id = "FL-" + System.nanoTime();
		String reference = CapSamples.SENDER + "," + id + ",2026-01-01T00:00:00-00:00";
		this.served.set(CapSamples.feed(CapSamples.alertElement(id, "Alert", null, "Flood Warning", "Severe",
				"Immediate", "025025", OffsetDateTime.now().plusHours(6))));
		this.feed.poll();
		this.served.set(CapSamples.feed(CapSamples.alertElement(id + "-2", "Update", reference, "Flood Warning",
				"Severe", "Immediate", "025025", OffsetDateTime.now().plusHours(8))));
		this.feed.poll();
		assertThat(states(id)).isEqualTo("superseded");
		Proposal update = this.feed.open()
			.stream()
			.filter((p) -> p.identifier().equals(id + "-2"))
			.findFirst()
			.orElseThrow();
		this.feed.accept(update.id(), "staff");
		assertThat(this.mode.active()).isPresent();

		this.served.set(CapSamples.feed(CapSamples.alertElement(id + "-3", "Cancel",
				CapSamples.SENDER + "," + id + "-2,2026-01-01T00:00:00-00:00", "Flood Warning", "Severe", "Immediate",
				"025025", OffsetDateTime.now().plusHours(8))));
		this.feed.poll();

		assertThat(states(id + "-2")).isEqualTo("cancelled");
		assertThat(this.mode.active()).isEmpty();
	}

	@Test
	void withAutoActivationAMatchingAlertSwitchesEmergencyModeOn() {
		CapFeed automatic = feed(List.of("025025"), true);
		this.served.set(CapSamples.feed(CapSamples.alertElement("TO-" + System.nanoTime(), "Alert", null,
				"Tornado Warning", "Extreme", "Immediate", "025025", OffsetDateTime.now().plusHours(1))));
		automatic.poll();
		assertThat(this.mode.active()).hasValueSatisfying((emergency) -> {
			assertThat(emergency.hazard()).isEqualTo("tornado");
			assertThat(emergency.phase()).isEqualTo("during");
		});
	}

	@Test
	void aRefusedDocumentChangesNothing() {
		int before = this.feed.open().size();
		this.served
			.set("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><feed/>".getBytes());
		this.feed.poll();
		assertThat(this.feed.open()).hasSize(before);
	}

	@Test
	@EnabledIfSystemProperty(named = "civicline.shared", matches = ".+")
	void theWeatherServicesPublishedFeedIsReadAndItsExpiredAlertIgnored() throws IOException {
		Path atom = Path.of(System.getProperty("civicline.shared"), "cap", "weather.atom");
		assertThat(atom).exists();
		this.served.set(Files.readAllBytes(atom));
		CapFeed forMontana = feed(List.of("MTZ014"), false);
		assertThat(forMontana.take(Files.readAllBytes(atom))).as("the 2012 alert has long expired").isEmpty();
		forMontana.poll();
		assertThat(forMontana.open()).noneMatch((p) -> p.identifier().contains("TFXFlashFloodWatch"));
	}

	private String states(String identifier) {
		return this.jdbc.sql("select state from cap_proposal where identifier = ?")
			.param(identifier)
			.query(String.class)
			.single();
	}

	private CapFeed feed(List<String> geocodes, boolean automatic) {
		CapProperties properties = new CapProperties(
				"http://127.0.0.1:" + this.server.getAddress().getPort() + "/alerts", Duration.ofMinutes(2), geocodes,
				null, null, "Severe", "Expected", "Likely", automatic);
		return new CapFeed(this.jdbc, this.mode, properties, Optional.empty(), this.leases);
	}

}
