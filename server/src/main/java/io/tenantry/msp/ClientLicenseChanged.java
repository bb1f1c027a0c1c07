package io.tenantry.msp;

import java.util.UUID;

/** An MSP recorded a client's licence type and seat limit (0 = unlimited). */
public record ClientLicenseChanged(UUID mspOrgId, UUID clientOrgId, String licenseType, int seatLimit, UUID actorId) {
}
