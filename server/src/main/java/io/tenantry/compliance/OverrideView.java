package io.tenantry.compliance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A decision that a control's status is something other than the scan says, by whom and until when. */
public record OverrideView(UUID id, String controlId, ResultStatus status, String reason, @Nullable Instant expiresAt,
		String createdBy, Instant createdAt) {
}
