package io.tenantry.msp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.audit.AuditableEvent;

/** An org stopped being a client of an MSP; recorded in both orgs' audit chains. */
public record ClientRemoved(UUID mspOrgId, UUID clientOrgId, Tier lastTier) implements AuditableEvent {

	@Override
	public UUID orgId() {
		return this.mspOrgId;
	}

	@Override
	public String action() {
		return "msp.client.removed";
	}

	@Override
	public String target() {
		return this.clientOrgId.toString();
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("tier", this.lastTier.name());
	}

	@Override
	public List<UUID> alsoIn() {
		return List.of(this.clientOrgId);
	}

}
