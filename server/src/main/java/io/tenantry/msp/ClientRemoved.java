package io.tenantry.msp;

import java.util.UUID;

/** An org stopped being a client of an MSP. */
public record ClientRemoved(UUID mspOrgId, UUID clientOrgId, UUID actorId) {
}
