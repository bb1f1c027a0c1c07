package io.tenantry.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An org's compliance at a glance: score, scan status and alerts (effective FAIL controls by severity). */
public record OrgSummary(UUID orgId, @Nullable BigDecimal complianceScore, @Nullable Instant lastScanAt,
		ScanStatus scanStatus, int passing, int failing, int criticalFailing, int highFailing) {
}
