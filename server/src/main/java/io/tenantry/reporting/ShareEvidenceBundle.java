package io.tenantry.reporting;

import jakarta.validation.constraints.NotNull;

/** Shares an evidence bundle with the client's portal users, or withdraws it. */
public record ShareEvidenceBundle(@NotNull Boolean shared) {
}
