package io.tenantry.compliance;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An org's compliance over a period, as reports show it: the score, scan status and alerts as they
 * stood at the period's end, the score at its start, the scans completed in it, and the controls
 * with their effective status at the end.
 */
public record CompliancePeriod(@Nullable ScanView lastScan, @Nullable BigDecimal complianceScore,
		@Nullable BigDecimal previousScore, ScanStatus scanStatus, int criticalFailing, int highFailing,
		List<ScorePoint> scans, List<ControlView> controls) {

	/** The score's change over the period in points; null unless both ends have a score. */
	public @Nullable BigDecimal change() {
		return (this.complianceScore != null && this.previousScore != null)
				? this.complianceScore.subtract(this.previousScore) : null;
	}

}
