package io.tenantry.msp;

import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;

/** An org stopped being a client of an MSP; recorded in both orgs' audit chains. */
public record ClientRemoved(UUID mspOrgId, String mspName, UUID clientOrgId, Tier lastTier) implements RelationshipChange {

	@Override
	public String action() {
		return "msp.client.removed";
	}

	@Override
	public Tier relationshipTier() {
		return this.lastTier;
	}

	@Override
	public Map<String, Object> details() {
		return RelationshipChange.namingMsp(this.mspOrgId, this.mspName, Map.of("tier", this.lastTier.name()));
	}

}
