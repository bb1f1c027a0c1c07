package io.tenantry.scanning;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.scanning.Runbook.Behaviour;
import io.tenantry.test.Api;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A triggered scan leaves one audit entry per step in the org's chain: triggered, then completed or failed. */
class ScanAuditTest extends IntegrationTest {

	private Api admin;

	private UUID orgId;

	@BeforeEach
	void createOrg() {
		this.admin = this.fixtures.admin();
		this.orgId = this.fixtures.org("Audited scans");
	}

	@Test
	void aScanThatCompletesIsAuditedAsTriggeredAndCompletedOnceEach() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.CALL_BACK)) {
			configure(runbook.url());
			String scanId = this.admin.post(path("/scans"), null).json().get("id").asString();

			await().atMost(Duration.ofSeconds(30)).until(() -> status(scanId).equals("COMPLETED"));

			assertThat(auditedSteps(scanId)).containsExactly("scan.completed", "scan.triggered");
		}
	}

	@Test
	void aScanWhoseResultsAreMalformedIsAuditedAsTriggeredAndFailedOnceEach() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			configure(runbook.url());
			String scanId = this.admin.post(path("/scans"), null).json().get("id").asString();
			Api scanner = this.api.as(runbook.calls.get(0).payload().get("callbackToken").asString());

			scanner.send("POST", path("/scans/" + scanId + "/callback"), BodyPublishers.ofString("{\"results\": ["),
					"application/json");

			assertThat(status(scanId)).isEqualTo("FAILED");
			assertThat(auditedSteps(scanId)).containsExactly("scan.failed", "scan.triggered");
		}
	}

	@Test
	void aScanWhoseWebhookFailsIsAuditedAsTriggeredAndFailedOnceEach() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.REDIRECT)) {
			configure(runbook.url());

			String scanId = this.admin.post(path("/scans"), null).json().get("id").asString();

			assertThat(status(scanId)).isEqualTo("FAILED");
			assertThat(auditedSteps(scanId)).containsExactly("scan.failed", "scan.triggered");
		}
	}

	private void configure(String url) {
		Api.Response saved = this.admin.put(path("/scan-settings"),
				Map.of("webhookUrl", url, "webhookSecret", "audited-secret"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
	}

	private String status(String scanId) {
		return this.admin.get(path("/scans/" + scanId)).json().get("status").asString();
	}

	/** The actions of the org's audit entries about the scan, newest first. */
	private List<String> auditedSteps(String scanId) {
		return this.admin.get(path("/audit"))
			.json()
			.valueStream()
			.filter((entry) -> entry.get("target").asString().equals(scanId))
			.map((entry) -> entry.get("action").asString())
			.toList();
	}

	private String path(String rest) {
		return "/api/v1/orgs/" + this.orgId + rest;
	}

}
