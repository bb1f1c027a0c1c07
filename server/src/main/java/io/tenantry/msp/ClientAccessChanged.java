package io.tenantry.msp;

import java.util.UUID;

/** An MSP changed which clients one of its technicians reaches. */
public record ClientAccessChanged(UUID mspOrgId, UUID userId, ClientAccess access, UUID actorId) {
}
