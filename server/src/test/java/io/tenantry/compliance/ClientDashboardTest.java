package io.tenantry.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Which clients the Client Dashboard shows, and when their scans count as stale. */
class ClientDashboardTest extends IntegrationTest {

	private Api admin;

	private UUID msp;

	@BeforeEach
	void createMsp() {
		this.admin = this.fixtures.admin();
		this.msp = this.fixtures.org("MSP", true);
	}

	@Test
	void anArchivedClientLeavesTheDashboard() {
		UUID kept = scannedClient("Kept");
		UUID archived = scannedClient("Archived");
		assertThat(shownClients()).containsExactlyInAnyOrder(kept.toString(), archived.toString());

		this.fixtures.archive(archived);

		assertThat(shownClients()).containsExactly(kept.toString());
	}

	@Test
	void aScanOlderThanTheClientsStaleAfterDaysShowsStale() throws Exception {
		UUID strict = scannedClient("Strict");
		UUID lenient = scannedClient("Lenient");
		Api.Response patched = this.admin.patch("/api/v1/orgs/" + strict, Map.of("scanStaleAfterDays", 3));
		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		assertThat(scanStatus(strict)).isEqualTo("CURRENT");

		Duration fiveDays = Duration.ofDays(5);
		for (UUID client : new UUID[] { strict, lenient }) {
			Backdate.rows(client, fiveDays, "compliance_scans", "completed_at");
			Backdate.rows(client, fiveDays, "compliance_org_summary", "last_scan_at");
		}

		assertThat(scanStatus(strict)).isEqualTo("STALE");
		assertThat(scanStatus(lenient)).isEqualTo("CURRENT");
	}

	@Test
	void stalenessAgesFromWhenTheScanWasStoredNotFromItsScannedAt() {
		UUID client = this.fixtures.org("Old results");
		this.fixtures.relate(this.msp, client, "T1");
		this.admin.patch("/api/v1/orgs/" + client, Map.of("scanStaleAfterDays", 1));
		String longAgo = Instant.now().minus(Duration.ofDays(30)).toString();

		this.fixtures.importScan(client, "native", """
				{"scannedAt": "%s", "results": [
				  {"controlId": "OLD.%s", "title": "Old", "severity": "LOW", "status": "PASS"}]}"""
			.formatted(longAgo, UUID.randomUUID()));

		assertThat(scanStatus(client)).isEqualTo("CURRENT");
	}

	private UUID scannedClient(String label) {
		UUID client = this.fixtures.org(label);
		this.fixtures.relate(this.msp, client, "T1");
		this.fixtures.failingControl(client, label.toUpperCase());
		return client;
	}

	private List<String> shownClients() {
		return clients().valueStream().map((client) -> client.get("orgId").asString()).toList();
	}

	private String scanStatus(UUID client) {
		return clients().valueStream()
			.filter((card) -> card.get("orgId").asString().equals(client.toString()))
			.findFirst()
			.orElseThrow()
			.get("scanStatus")
			.asString();
	}

	private JsonNode clients() {
		return this.admin.get("/api/v1/msp/" + this.msp + "/dashboard").json().get("clients");
	}

}
