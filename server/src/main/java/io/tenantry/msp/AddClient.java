package io.tenantry.msp;

import java.util.UUID;

import io.tenantry.access.Tier;
import jakarta.validation.constraints.NotNull;

/** A request to make an org a client of an MSP at a tier. */
public record AddClient(@NotNull UUID clientOrgId, @NotNull Tier tier) {
}
