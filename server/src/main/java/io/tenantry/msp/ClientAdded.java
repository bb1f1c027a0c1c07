package io.tenantry.msp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.audit.AuditableEvent;

/** An org became a client of an MSP at a tier; recorded in both orgs' audit chains. */
public record ClientAdded(UUID mspOrgId, UUID clientOrgId, Tier newTier) implements AuditableEvent {

	@Override
	public UUID orgId() {
		return this.mspOrgId;
	}

	@Override
	public String action() {
		return "msp.client.added";
	}

	@Override
	public String target() {
		return this.clientOrgId.toString();
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("tier", this.newTier.name());
	}

	@Override
	public List<UUID> alsoIn() {
		return List.of(this.clientOrgId);
	}

}
