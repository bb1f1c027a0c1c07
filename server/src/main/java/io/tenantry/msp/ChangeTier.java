package io.tenantry.msp;

import io.tenantry.access.Tier;
import jakarta.validation.constraints.NotNull;

/** A request to move a client to another tier. */
public record ChangeTier(@NotNull Tier tier) {
}
