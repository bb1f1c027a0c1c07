package io.tenantry.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.tenantry.access.Tier;
import org.jspecify.annotations.Nullable;

/** One client on the MSP's Client Dashboard. */
public record ClientSummary(UUID orgId, String name, @Nullable Tier tier, @Nullable BigDecimal complianceScore,
		@Nullable Instant lastScanAt, ScanStatus scanStatus, int criticalFailing, int highFailing) {
}
