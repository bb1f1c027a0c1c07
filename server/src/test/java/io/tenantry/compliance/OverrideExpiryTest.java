package io.tenantry.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An override that expires stops applying everywhere: the controls list, the org's summary and
 * the MSP's Client Dashboard go back to what the scan found.
 */
class OverrideExpiryTest extends IntegrationTest {

	private Api admin;

	private UUID msp;

	private UUID orgId;

	private String control;

	@BeforeEach
	void scannedClientWithAFailingCriticalControl() {
		this.admin = this.fixtures.admin();
		this.msp = this.fixtures.org("MSP", true);
		this.orgId = this.fixtures.org("Expiring");
		this.fixtures.relate(this.msp, this.orgId, "T2");
		this.control = "X." + UUID.randomUUID();
		this.fixtures.importScan(this.orgId, "native", """
				{"results": [
				  {"controlId": "%s", "title": "Expiring", "severity": "CRITICAL", "status": "FAIL"},
				  {"controlId": "%s", "title": "Passing", "severity": "LOW", "status": "PASS"}
				]}""".formatted(this.control, "Y." + UUID.randomUUID()));
	}

	@Test
	void anExpiredOverrideLeavesTheControlsSummaryAndClientDashboardToTheScan() throws Exception {
		Api.Response created = this.admin.post(path("/overrides"), Map.of("controlId", this.control, "status", "PASS",
				"reason", "Accepted for an hour", "expiresAt", Instant.now().plus(Duration.ofHours(1)).toString()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertState("PASS", true, 100.0, 0);

		Duration twoHours = Duration.ofHours(2);
		Backdate.rows(this.orgId, twoHours, "compliance_overrides", "created_at", "expires_at");
		Backdate.rows(this.orgId, twoHours, "compliance_org_summary", "recompute_at");

		assertState("FAIL", false, 50.0, 1);
	}

	@Test
	void anOverrideWithoutExpiryStillAppliesLater() throws Exception {
		this.admin.post(path("/overrides"), Map.of("controlId", this.control, "status", "PASS", "reason", "For good"));

		Backdate.rows(this.orgId, Duration.ofDays(365), "compliance_overrides", "created_at");

		assertState("PASS", true, 100.0, 0);
	}

	/** The Client Dashboard first, so that its read is the one that finds the summary due. */
	private void assertState(String status, boolean overridden, double score, int criticalFailing) {
		JsonNode card = this.admin.get("/api/v1/msp/" + this.msp + "/dashboard")
			.json()
			.get("clients")
			.valueStream()
			.filter((client) -> client.get("orgId").asString().equals(this.orgId.toString()))
			.findFirst()
			.orElseThrow();
		assertThat(card.get("complianceScore").asDouble()).isEqualTo(score);
		assertThat(card.get("criticalFailing").asInt()).isEqualTo(criticalFailing);
		JsonNode summary = this.admin.get(path("/compliance/summary")).json();
		assertThat(summary.get("complianceScore").asDouble()).isEqualTo(score);
		assertThat(summary.get("criticalFailing").asInt()).isEqualTo(criticalFailing);
		JsonNode listed = this.admin.get(path("/controls"))
			.json()
			.valueStream()
			.filter((row) -> row.get("controlId").asString().equals(this.control))
			.findFirst()
			.orElseThrow();
		assertThat(listed.get("status").asString()).isEqualTo(status);
		assertThat(listed.get("overridden").asBoolean()).isEqualTo(overridden);
	}

	private String path(String rest) {
		return "/api/v1/orgs/" + this.orgId + rest;
	}

}
