package io.tenantry.msp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.audit.AuditableEvent;

/** An MSP moved a client to another tier; recorded in both orgs' audit chains. */
public record ClientTierChanged(UUID mspOrgId, UUID clientOrgId, Tier from, Tier to) implements AuditableEvent {

	@Override
	public UUID orgId() {
		return this.mspOrgId;
	}

	@Override
	public String action() {
		return "msp.client.tier_changed";
	}

	@Override
	public String target() {
		return this.clientOrgId.toString();
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("from", this.from.name(), "to", this.to.name());
	}

	@Override
	public List<UUID> alsoIn() {
		return List.of(this.clientOrgId);
	}

}
