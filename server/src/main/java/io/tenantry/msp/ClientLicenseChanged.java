package io.tenantry.msp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.audit.AuditableEvent;

/**
 * An MSP recorded a client's licence type and seat limit (0 = unlimited) through its
 * relationship; recorded in both orgs' audit chains.
 */
public record ClientLicenseChanged(UUID mspOrgId, UUID clientOrgId, Tier relationshipTier, String licenseType,
		int seatLimit) implements AuditableEvent {

	@Override
	public UUID orgId() {
		return this.mspOrgId;
	}

	@Override
	public String action() {
		return "msp.license.changed";
	}

	@Override
	public String target() {
		return this.clientOrgId.toString();
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("licenseType", this.licenseType, "seatLimit", this.seatLimit);
	}

	@Override
	public List<UUID> alsoIn() {
		return List.of(this.clientOrgId);
	}

	@Override
	public UUID actingThroughOrgId() {
		return this.mspOrgId;
	}

	@Override
	public String tier() {
		return this.relationshipTier.name();
	}

}
