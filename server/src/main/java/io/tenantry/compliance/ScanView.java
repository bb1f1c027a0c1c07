package io.tenantry.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A scan as the API shows it; {@code passed}, {@code failed} and the score count this scan's controls,
 * and {@code failureReason} says why a FAILED scan failed.
 */
public record ScanView(UUID id, ScanState status, ScanSource source, @Nullable String format,
		@Nullable String tenant, @Nullable Instant startedAt, @Nullable Instant completedAt, int passed, int failed,
		@Nullable BigDecimal complianceScore, @Nullable String failureReason) {
}
