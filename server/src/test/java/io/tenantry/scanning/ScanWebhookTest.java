package io.tenantry.scanning;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.scanning.Runbook.Behaviour;
import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ScanWebhookTest extends IntegrationTest {

	private static final String SECRET = "runbook-shared-secret";

	@Autowired
	private ScanTriggers triggers;

	private Api admin;

	private UUID orgId;

	@BeforeEach
	void createOrg() {
		this.admin = this.fixtures.admin();
		this.orgId = this.fixtures.org("Scanning");
	}

	@Test
	void triggeredScanIsPostedSignedToTheWebhookAndCompletedByItsCallback() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.CALL_BACK)) {
			configure(runbook.url());

			Response triggered = this.admin.post(path("/scans"), null);

			assertThat(triggered.status()).as(triggered.toString()).isEqualTo(202);
			assertThat(triggered.json().get("status").asString()).isIn("RUNNING", "COMPLETED");
			String scanId = triggered.json().get("id").asString();
			JsonNode scan = awaitStatus(scanId, "COMPLETED");
			assertThat(scan.get("source").asString()).isEqualTo("WEBHOOK");
			assertThat(scan.get("passed").asInt()).isEqualTo(1);
			assertThat(scan.get("failed").asInt()).isEqualTo(1);
			Runbook.Call call = runbook.calls.get(0);
			assertThat(call.payload().get("scanId").asString()).isEqualTo(scanId);
			assertThat(call.payload().get("orgId").asString()).isEqualTo(this.orgId.toString());
			assertThat(call.payload().get("callbackUrl").asString())
				.isEqualTo(baseUrl() + path("/scans/" + scanId + "/callback"));
			assertThat(call.signature()).isEqualTo("sha256=" + Webhooks.hmac(SECRET, call.body()));
			Instant deadline = Instant.now().plusSeconds(10);
			while (runbook.callbackAnswers.isEmpty() && Instant.now().isBefore(deadline)) {
				Thread.onSpinWait();
			}
			assertThat(runbook.callbackAnswers).containsExactly("200");
		}
	}

	@Test
	void callbackTokenTakesResultsOnceAndNoOtherToken() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			configure(runbook.url());
			String scanId = this.admin.post(path("/scans"), null).json().get("id").asString();
			assertThat(this.admin.get(path("/scans/" + scanId)).json().get("status").asString()).isEqualTo("RUNNING");
			String token = runbook.calls.get(0).payload().get("callbackToken").asString();
			String callback = path("/scans/" + scanId + "/callback");

			assertThat(this.api.as("not-the-token").post(callback, Map.of()).status()).isEqualTo(401);
			assertThat(this.api.post(callback, Map.of()).status()).isEqualTo(401);
			Response first = this.api.as(token)
				.send("POST", callback, BodyPublishers.ofString(Runbook.RESULTS), "application/json");
			Response second = this.api.as(token)
				.send("POST", callback, BodyPublishers.ofString(Runbook.RESULTS), "application/json");

			assertThat(first.status()).as(first.toString()).isEqualTo(200);
			assertThat(first.json().get("status").asString()).isEqualTo("COMPLETED");
			assertThat(second.status()).isEqualTo(409);
			assertThat(this.admin.get(path("/scans/" + scanId)).json().get("results")).hasSize(2);
		}
	}

	@Test
	void malformedResultsFailTheScanAndSpendTheToken() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			configure(runbook.url());
			String scanId = this.admin.post(path("/scans"), null).json().get("id").asString();
			Api scanner = this.api.as(runbook.calls.get(0).payload().get("callbackToken").asString());

			Response malformed = scanner.send("POST", path("/scans/" + scanId + "/callback"),
					BodyPublishers.ofString("{\"results\": ["), "application/json");

			assertThat(malformed.status()).isEqualTo(400);
			assertThat(this.admin.get(path("/scans/" + scanId)).json().get("status").asString()).isEqualTo("FAILED");
			assertThat(scanner.send("POST", path("/scans/" + scanId + "/callback"),
					BodyPublishers.ofString(Runbook.RESULTS), "application/json").status())
				.isEqualTo(409);
		}
	}

	@Test
	void redirectingWebhookFailsTheScanWithoutFollowing() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.REDIRECT)) {
			configure(runbook.url());

			Response triggered = this.admin.post(path("/scans"), null);

			assertThat(triggered.status()).isEqualTo(202);
			assertThat(triggered.json().get("status").asString()).isEqualTo("FAILED");
			assertThat(runbook.calls).hasSize(1);
		}
	}

	@Test
	void scanWithoutResultsTimesOutToFailed() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			configure(runbook.url());
			String scanId = this.admin.post(path("/scans"), null).json().get("id").asString();

			this.triggers.timeOutOverdue(Instant.now().plus(Duration.ofMinutes(29)));
			assertThat(this.admin.get(path("/scans/" + scanId)).json().get("status").asString()).isEqualTo("RUNNING");
			this.triggers.timeOutOverdue(Instant.now().plus(Duration.ofMinutes(31)));

			assertThat(this.admin.get(path("/scans/" + scanId)).json().get("status").asString()).isEqualTo("FAILED");
		}
	}

	@Test
	void webhookUrlsOutboundCallsMayNotReachAreRefused() {
		for (String url : new String[] { "http://93.184.215.14/hook", "https://10.1.2.3/hook",
				"https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "ftp://example.com/hook" }) {
			Response refused = this.admin.put(path("/scan-settings"), Map.of("webhookUrl", url));

			assertThat(refused.status()).as(url).isEqualTo(422);
			assertThat(refused.json().get("code").asString()).isEqualTo("webhook_refused");
		}
		assertThat(this.admin.get(path("/scan-settings")).json().get("webhookUrl").isNull()).isTrue();
	}

	@Test
	void secretIsWriteOnlyAndKeptUntilReplaced() {
		configure("https://93.184.215.14/hook");

		Response kept = this.admin.put(path("/scan-settings"), Map.of("webhookUrl", "https://93.184.215.14/other",
				"schedule", "WEEKLY", "scanStaleAfterDays", 3));

		assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
		assertThat(kept.body()).doesNotContain(SECRET);
		assertThat(kept.json().get("webhookSecretSet").asBoolean()).isTrue();
		assertThat(kept.json().get("schedule").asString()).isEqualTo("WEEKLY");
		assertThat(kept.json().get("scanStaleAfterDays").asInt()).isEqualTo(3);
		Response cleared = this.admin.put(path("/scan-settings"), Map.of("webhookSecret", ""));
		assertThat(cleared.json().get("webhookSecretSet").asBoolean()).isFalse();
	}

	@Test
	void triggeringNeedsScanTriggerAndSettingsNeedCredentialsManage() {
		configure("https://93.184.215.14/hook");
		Api viewer = this.fixtures.login(this.fixtures.member(this.orgId, "VIEWER"));
		Api stranger = this.fixtures.login(this.fixtures.user("stranger"));

		assertThat(viewer.post(path("/scans"), null).status()).isEqualTo(403);
		assertThat(viewer.get(path("/scan-settings")).status()).isEqualTo(403);
		assertThat(viewer.put(path("/scan-settings"), Map.of("webhookUrl", "https://93.184.215.14/")).status())
			.isEqualTo(403);
		assertThat(stranger.post(path("/scans"), null).status()).isEqualTo(404);
		assertThat(this.admin.get(path("/scans")).json()).isEmpty();
	}

	@Test
	void triggeringWithoutAWebhookIsUnprocessable() {
		Response response = this.admin.post(path("/scans"), null);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("no_webhook");
	}

	private void configure(String url) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("webhookUrl", url);
		settings.put("webhookSecret", SECRET);
		Response response = this.admin.put(path("/scan-settings"), settings);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private JsonNode awaitStatus(String scanId, String status) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(20);
		JsonNode scan = this.admin.get(path("/scans/" + scanId)).json();
		while (!scan.get("status").asString().equals(status) && Instant.now().isBefore(deadline)) {
			Thread.onSpinWait();
			scan = this.admin.get(path("/scans/" + scanId)).json();
		}
		assertThat(scan.get("status").asString()).isEqualTo(status);
		return scan;
	}

	private String path(String rest) {
		return "/api/v1/orgs/" + this.orgId + rest;
	}

}
