package io.tenantry.msp;

import java.util.UUID;

import io.tenantry.access.Tier;

/** An MSP moved a client to another tier. */
public record ClientTierChanged(UUID mspOrgId, UUID clientOrgId, Tier from, Tier to, UUID actorId) {
}
