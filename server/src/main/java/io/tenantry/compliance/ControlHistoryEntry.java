package io.tenantry.compliance;

import java.time.Instant;
import java.util.UUID;

/** A control's status in one past scan. */
public record ControlHistoryEntry(UUID scanId, Instant completedAt, ResultStatus status) {
}
