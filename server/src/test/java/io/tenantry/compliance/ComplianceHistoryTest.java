package io.tenantry.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.test.Api;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** An org's compliance as it stood in a past period: what the monthly reports show. */
class ComplianceHistoryTest extends IntegrationTest {

	@Autowired
	private ComplianceHistory history;

	private UUID orgId;

	private CurrentUser reader;

	private final String control = "HIST." + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void signIn() {
		this.orgId = this.fixtures.org("History");
		TestUser user = this.fixtures.member(this.orgId, "VIEWER");
		this.reader = new CurrentUser(user.id(), user.email(), "Reader", false);
		// Row-level security reads the signed-in user of the calling thread.
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.reader, null, List.of()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePeriodStartsFromTheLastScanBeforeItAndEndsWithItsOwn() {
		Instant first = completed(importScan("FAIL"));
		Instant second = completed(importScan("PASS"));

		CompliancePeriod period = this.history.period(this.reader, this.orgId, first.plusNanos(1000), Instant.now());

		assertThat(period.previousScore()).isEqualByComparingTo("0.0");
		assertThat(period.complianceScore()).isEqualByComparingTo("100.0");
		assertThat(period.change()).isEqualByComparingTo("100.0");
		assertThat(period.scans()).extracting(ScorePoint::completedAt).containsExactly(second);
		assertThat(period.scanStatus()).isEqualTo(ScanStatus.CURRENT);
		assertThat(period.highFailing()).isZero();
	}

	@Test
	void aPeriodEndingBeforeAScanAndAnOverrideShowsNeither() {
		Instant failed = completed(importScan("FAIL"));
		Api admin = this.fixtures.admin();
		assertThat(admin.post("/api/v1/orgs/" + this.orgId + "/overrides",
				Map.of("controlId", this.control, "status", "PASS", "reason", "Accepted")).status()).isEqualTo(201);

		CompliancePeriod before = this.history.period(this.reader, this.orgId, failed.minusSeconds(60), failed);
		CompliancePeriod after = this.history.period(this.reader, this.orgId, failed.minusSeconds(60), Instant.now());

		assertThat(before.lastScan()).isNull();
		assertThat(before.complianceScore()).isNull();
		assertThat(before.change()).isNull();
		assertThat(before.scanStatus()).isEqualTo(ScanStatus.NEVER);
		assertThat(before.scans()).isEmpty();
		assertThat(after.highFailing()).isZero();
		assertThat(after.controls()).singleElement().satisfies((view) -> assertThat(view.overridden()).isTrue());
	}

	@Test
	void aPeriodIsReadWithComplianceRead() {
		CurrentUser stranger = new CurrentUser(this.fixtures.user("stranger").id(), "stranger@example.test", "S", false);

		assertThatException().isThrownBy(() -> this.history.period(stranger, this.orgId, Instant.EPOCH, Instant.now()))
			.withMessageContaining(this.orgId.toString());
	}

	private UUID importScan(String status) {
		return this.fixtures.importScan(this.orgId, "native", "{\"results\":[{\"controlId\":\"" + this.control
				+ "\",\"title\":\"History\",\"severity\":\"HIGH\",\"status\":\"" + status + "\"}]}");
	}

	private Instant completed(UUID scanId) {
		return Instant.parse(this.fixtures.admin()
			.get("/api/v1/orgs/" + this.orgId + "/scans/" + scanId)
			.json()
			.get("completedAt")
			.asString());
	}

}
