package io.tenantry.msp;

import java.util.UUID;

import io.tenantry.access.Tier;

/** An org became a client of an MSP at a tier. */
public record ClientAdded(UUID mspOrgId, UUID clientOrgId, Tier tier, UUID actorId) {
}
