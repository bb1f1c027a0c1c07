package io.tenantry.msp;

import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;

/** An org became a client of an MSP at a tier; recorded in both orgs' audit chains. */
public record ClientAdded(UUID mspOrgId, String mspName, UUID clientOrgId, Tier newTier) implements RelationshipChange {

	@Override
	public String action() {
		return "msp.client.added";
	}

	@Override
	public Tier relationshipTier() {
		return this.newTier;
	}

	@Override
	public Map<String, Object> details() {
		return RelationshipChange.namingMsp(this.mspOrgId, this.mspName, Map.of("tier", this.newTier.name()));
	}

}
