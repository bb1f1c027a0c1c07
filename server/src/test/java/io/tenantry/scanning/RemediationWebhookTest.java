package io.tenantry.scanning;

import java.util.Map;
import java.util.UUID;

import io.tenantry.scanning.Runbook.Behaviour;
import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Remediations posted to the org's remediation webhook, a real local server standing in for the runbook. */
class RemediationWebhookTest extends IntegrationTest {

	private static final String SECRET = "remediation-shared-secret";

	private Api admin;

	private UUID orgId;

	private String control;

	@BeforeEach
	void scannedOrg() {
		this.admin = this.fixtures.admin();
		this.orgId = this.fixtures.org("Remediation");
		this.control = this.fixtures.failingControl(this.orgId, "RM");
	}

	@Test
	void remediationIsPostedSignedWithTheControlAndRecordedAsSent() throws Exception {
		TestUser operator = this.fixtures.member(this.orgId, "ORG_ADMIN");
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			configure(runbook.url());

			Response triggered = this.fixtures.login(operator).post(remediations(), null);

			assertThat(triggered.status()).as(triggered.toString()).isEqualTo(202);
			JsonNode remediation = triggered.json();
			assertThat(remediation.get("status").asString()).isEqualTo("SENT");
			assertThat(remediation.get("controlId").asString()).isEqualTo(this.control);
			assertThat(remediation.get("requestedBy").asString()).isEqualTo(operator.email());
			assertThat(runbook.calls).hasSize(1);
			Runbook.Call call = runbook.calls.get(0);
			assertThat(call.payload().get("remediationId").asString()).isEqualTo(remediation.get("id").asString());
			assertThat(call.payload().get("orgId").asString()).isEqualTo(this.orgId.toString());
			assertThat(call.payload().get("controlId").asString()).isEqualTo(this.control);
			assertThat(call.payload().get("requestedBy").asString()).isEqualTo(operator.email());
			assertThat(call.signature()).isEqualTo("sha256=" + Webhooks.hmac(SECRET, call.body()));
			assertThat(this.admin.get(remediations()).json().get(0).get("id").asString())
				.isEqualTo(remediation.get("id").asString());
			JsonNode audit = this.admin.get(path("/audit?limit=1")).json().get(0);
			assertThat(audit.get("action").asString()).isEqualTo("remediation.triggered");
			assertThat(audit.get("target").asString()).isEqualTo(this.control);
			assertThat(audit.get("actorEmail").asString()).isEqualTo(operator.email());
		}
	}

	@Test
	void webhookThatDoesNotTakeItRecordsAFailedRemediation() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.REDIRECT)) {
			configure(runbook.url());

			Response triggered = this.admin.post(remediations(), null);

			assertThat(triggered.status()).isEqualTo(202);
			assertThat(triggered.json().get("status").asString()).isEqualTo("FAILED");
			assertThat(triggered.json().get("detail").asString()).contains("302");
			assertThat(runbook.calls).hasSize(1);
			JsonNode history = this.admin.get(path("/controls/" + this.control)).json().get("remediations");
			assertThat(history).hasSize(1);
			assertThat(history.get(0).get("status").asString()).isEqualTo("FAILED");
		}
	}

	@Test
	void withoutARemediationWebhookNothingIsSentOrStored() {
		long before = latestSeq();

		Response refused = this.admin.post(remediations(), null);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("code").asString()).isEqualTo("no_remediation_webhook");
		assertThat(this.admin.get(remediations()).json()).isEmpty();
		assertThat(latestSeq()).isEqualTo(before);
	}

	@Test
	void remediationsNeedTheCapabilityAndAKnownControl() throws Exception {
		Api auditor = this.fixtures.login(this.fixtures.member(this.orgId, "AUDITOR"));
		Api outsider = this.fixtures.login(this.fixtures.member(this.fixtures.org("Elsewhere"), "ORG_ADMIN"));
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			configure(runbook.url());

			assertThat(auditor.post(remediations(), null).status()).isEqualTo(403);
			assertThat(auditor.get(remediations()).status()).isEqualTo(200);
			assertThat(outsider.post(remediations(), null).status()).isEqualTo(404);
			assertThat(this.admin.post(path("/controls/nope-" + UUID.randomUUID() + "/remediations"), null).status())
				.isEqualTo(404);
			assertThat(runbook.calls).isEmpty();
		}
	}

	private void configure(String url) {
		Response response = this.admin.put(path("/scan-settings"),
				Map.of("remediationWebhookUrl", url, "webhookSecret", SECRET));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private long latestSeq() {
		JsonNode entries = this.admin.get(path("/audit?limit=1")).json();
		return entries.isEmpty() ? 0 : entries.get(0).get("seq").asLong();
	}

	private String remediations() {
		return path("/controls/" + this.control + "/remediations");
	}

	private String path(String rest) {
		return "/api/v1/orgs/" + this.orgId + rest;
	}

}
