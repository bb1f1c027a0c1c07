package io.tenantry.compliance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceRulesTest {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Test
	void scanIsCurrentWhileYoungerThanTheStaleAfterDays() {
		assertThat(ScanStatus.of(NOW.minus(Duration.ofDays(7)).plusSeconds(1), 7, NOW)).isEqualTo(ScanStatus.CURRENT);
		assertThat(ScanStatus.of(NOW.minus(Duration.ofDays(7)), 7, NOW)).isEqualTo(ScanStatus.STALE);
		assertThat(ScanStatus.of(NOW.minus(Duration.ofDays(2)), 1, NOW)).isEqualTo(ScanStatus.STALE);
		assertThat(ScanStatus.of(null, 7, NOW)).isEqualTo(ScanStatus.NEVER);
	}

	@Test
	void scoreHasOneDecimalAndIsNullWithoutPassOrFail() {
		assertThat(ComplianceScore.of(2, 1)).isEqualByComparingTo("66.7");
		assertThat(ComplianceScore.of(1, 2)).isEqualByComparingTo("33.3");
		assertThat(ComplianceScore.of(0, 0)).isNull();
		assertThat(ComplianceScore.of(5, 0)).isEqualByComparingTo("100.0");
	}

	@Test
	void controlStatusRollsUpFailThenPassThenErrorManualNotApplicable() {
		assertThat(ResultStatus.rollUp(List.of(ResultStatus.PASS, ResultStatus.FAIL))).isEqualTo(ResultStatus.FAIL);
		assertThat(ResultStatus.rollUp(List.of(ResultStatus.ERROR, ResultStatus.PASS))).isEqualTo(ResultStatus.PASS);
		assertThat(ResultStatus.rollUp(List.of(ResultStatus.MANUAL, ResultStatus.ERROR))).isEqualTo(ResultStatus.ERROR);
		assertThat(ResultStatus.rollUp(List.of(ResultStatus.NOT_APPLICABLE, ResultStatus.MANUAL)))
			.isEqualTo(ResultStatus.MANUAL);
		assertThat(ResultStatus.rollUp(List.of(ResultStatus.NOT_APPLICABLE))).isEqualTo(ResultStatus.NOT_APPLICABLE);
	}

	@Test
	void findingsRollUpPerControlInTheOrderTheControlsFirstAppear() {
		List<Finding> findings = List.of(finding("B", ResultStatus.PASS), finding("A", ResultStatus.MANUAL),
				finding("B", ResultStatus.FAIL), finding("A", ResultStatus.ERROR));
		assertThat(ResultStatus.byControl(findings)).containsExactly(Map.entry("B", ResultStatus.FAIL),
				Map.entry("A", ResultStatus.ERROR));
	}

	@Test
	void clientDashboardFiltersKeepWorstFirstUnlessSortedByName() {
		ClientSummary worst = client("Zeta", "10.0", ScanStatus.STALE, Tier.T1);
		ClientSummary best = client("Alpha", "90.0", ScanStatus.CURRENT, Tier.T2);
		ClientDashboard dashboard = new ClientDashboard(List.of(worst, best));

		assertThat(dashboard.filtered(false, null, false).clients()).containsExactly(worst, best);
		assertThat(dashboard.filtered(false, null, true).clients()).containsExactly(best, worst);
		assertThat(dashboard.filtered(true, null, false).clients()).containsExactly(worst);
		assertThat(dashboard.filtered(false, Tier.T2, false).clients()).containsExactly(best);
	}

	private static ClientSummary client(String name, String score, ScanStatus status, Tier tier) {
		return new ClientSummary(UUID.randomUUID(), name, tier, new BigDecimal(score), NOW, status, 0, 0);
	}

	private static Finding finding(String controlId, ResultStatus status) {
		return new Finding(FrameworkRef.CUSTOM, controlId, "Control " + controlId, Severity.HIGH, status, null, null);
	}

}
