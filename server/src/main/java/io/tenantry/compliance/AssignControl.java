package io.tenantry.compliance;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Request to assign a control to a user who reads the org. */
public record AssignControl(@NotNull UUID userId) {
}
