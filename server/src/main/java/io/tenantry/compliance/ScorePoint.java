package io.tenantry.compliance;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One completed scan's score, for the trend chart. */
public record ScorePoint(Instant completedAt, @Nullable BigDecimal complianceScore) {
}
