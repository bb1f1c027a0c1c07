package io.tenantry.msp;

import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;

/** An MSP moved a client to another tier; recorded in both orgs' audit chains. */
public record ClientTierChanged(UUID mspOrgId, String mspName, UUID clientOrgId, Tier from, Tier to)
		implements RelationshipChange {

	@Override
	public String action() {
		return "msp.client.tier_changed";
	}

	@Override
	public Tier relationshipTier() {
		return this.from;
	}

	@Override
	public Map<String, Object> details() {
		return RelationshipChange.namingMsp(this.mspOrgId, this.mspName, Map.of("from", this.from.name(), "to", this.to.name()));
	}

}
