package io.tenantry.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.tenantry.compliance.ScorePoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTest {

	private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-03-11T00:00:00Z");

	@Test
	void placesEachScanByItsTimeInThePeriodAndItsScore() {
		ScoreChart chart = ScoreChart.of(List.of(new ScorePoint(FROM, new BigDecimal("100.0")),
				new ScorePoint(Instant.parse("2026-03-06T00:00:00Z"), new BigDecimal("50.0")),
				new ScorePoint(TO, BigDecimal.ZERO)), FROM, TO);

		assertThat(chart.points()).isEqualTo("0.0,0.0 240.0,70.0 480.0,140.0");
		assertThat(chart.dots()).hasSize(3);
	}

	@Test
	void leavesOutScansWithoutAScore() {
		ScoreChart chart = ScoreChart.of(List.of(new ScorePoint(FROM, null),
				new ScorePoint(Instant.parse("2026-03-03T12:00:00Z"), new BigDecimal("75.0"))), FROM, TO);

		assertThat(chart.points()).isEqualTo("120.0,35.0");
	}

}
