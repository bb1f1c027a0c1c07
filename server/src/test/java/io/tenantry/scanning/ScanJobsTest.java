package io.tenantry.scanning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.RunAs;
import io.tenantry.scanning.Runbook.Behaviour;
import io.tenantry.test.Api;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scanning jobs as db-scheduler runs them in the application (every second in tests): time is
 * moved on by making a schedule due or a scan overdue in the database, as its user.
 */
class ScanJobsTest extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	private UUID orgId;

	private CurrentUser orgAdmin;

	private Api api;

	@BeforeEach
	void createOrg() {
		this.orgId = this.fixtures.org("Scheduled");
		TestUser user = this.fixtures.member(this.orgId, "ORG_ADMIN");
		this.orgAdmin = new CurrentUser(user.id(), user.email(), user.email(), false);
		this.api = this.fixtures.login(user);
	}

	@Test
	void dueScheduleIsTriggeredByTheSchedulerAndMovesOnToItsNextRun() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.CALL_BACK)) {
			configure(runbook.url(), "DAILY");
			Instant before = this.clock.instant();
			RunAs.user(this.orgAdmin, () -> this.jdbc.sql("UPDATE scan_schedules SET next_run_at = :due WHERE org_id = :orgId")
				.param("due", Timestamp.from(before.minusSeconds(60)))
				.param("orgId", this.orgId)
				.update());

			await().atMost(PATIENCE).until(() -> completedScans() == 1);

			Runbook.Call call = runbook.calls.get(0);
			assertThat(call.payload().get("orgId").asString()).isEqualTo(this.orgId.toString());
			assertThat(call.payload().get("callbackUrl").asString())
				.isEqualTo(baseUrl() + path("/scans/" + call.payload().get("scanId").asString() + "/callback"));
			assertThat(nextRun()).isAfterOrEqualTo(before.plus(Duration.ofDays(1)));
			assertThat(runbook.calls).hasSize(1);
		}
	}

	@Test
	void scanWhoseResultsNeverCameIsFailedByTheSweep() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			configure(runbook.url(), "NONE");
			String scanId = this.api.post(path("/scans"), null).json().get("id").asString();
			assertThat(scan(scanId).get("status").asString()).isEqualTo("RUNNING");
			RunAs.user(this.orgAdmin, () -> this.jdbc.sql("UPDATE scan_runs SET deadline_at = :deadline WHERE org_id = :orgId")
				.param("deadline", Timestamp.from(this.clock.instant().minusSeconds(60)))
				.param("orgId", this.orgId)
				.update());

			await().atMost(PATIENCE).until(() -> "FAILED".equals(scan(scanId).get("status").asString()));

			assertThat(scan(scanId).get("failureReason").asString()).isEqualTo("The scan timed out.");
		}
	}

	private void configure(String url, String schedule) {
		assertThat(this.api.put(path("/scan-settings"),
				Map.of("webhookUrl", url, "webhookSecret", "scheduled-secret", "schedule", schedule)).status())
			.isEqualTo(200);
	}

	private long completedScans() {
		JsonNode scans = this.api.get(path("/scans")).json();
		return scans.valueStream().filter((scan) -> "COMPLETED".equals(scan.get("status").asString())).count();
	}

	private JsonNode scan(String scanId) {
		return this.api.get(path("/scans/" + scanId)).json();
	}

	private Instant nextRun() {
		return this.jdbc.sql("SELECT next_run_at FROM scan_schedules WHERE org_id = :orgId")
			.param("orgId", this.orgId)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private String path(String rest) {
		return "/api/v1/orgs/" + this.orgId + rest;
	}

}
