package io.tenantry.msp;

import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;

/**
 * An MSP recorded a client's licence type and seat limit (0 = unlimited) through its
 * relationship; recorded in both orgs' audit chains.
 */
public record ClientLicenseChanged(UUID mspOrgId, UUID clientOrgId, Tier relationshipTier, String licenseType,
		int seatLimit) implements RelationshipChange {

	@Override
	public String action() {
		return "msp.license.changed";
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("licenseType", this.licenseType, "seatLimit", this.seatLimit);
	}

}
