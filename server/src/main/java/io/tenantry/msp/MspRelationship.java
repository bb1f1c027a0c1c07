package io.tenantry.msp;

import java.time.Instant;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.organizations.Organization;
import io.tenantry.platform.ProblemException;

/** An MSP org's relationship to one client org; guards which relationships and tier moves are allowed. */
final class MspRelationship {

	private final UUID mspOrgId;

	private final UUID clientOrgId;

	private Tier tier;

	private final Instant createdAt;

	MspRelationship(UUID mspOrgId, UUID clientOrgId, Tier tier, Instant createdAt) {
		this.mspOrgId = mspOrgId;
		this.clientOrgId = clientOrgId;
		this.tier = tier;
		this.createdAt = createdAt;
	}

	/** A new relationship; an org cannot be its own client, and an archived org cannot become one. */
	static MspRelationship establish(Organization msp, Organization client, Tier tier, Instant at) {
		if (msp.id().equals(client.id())) {
			throw ProblemException.unprocessable("own_client", "An organization cannot be its own client.");
		}
		if (client.archived()) {
			throw ProblemException.unprocessable("archived_org", "An archived organization cannot become a client.");
		}
		return new MspRelationship(msp.id(), client.id(), tier, at);
	}

	/** Moves to another tier; an archived client is read-only and keeps its tier. Returns the previous tier. */
	Tier changeTier(Tier newTier, Organization client) {
		if (client.archived()) {
			throw ProblemException.unprocessable("archived_org", "The client organization is archived.");
		}
		Tier previous = this.tier;
		this.tier = newTier;
		return previous;
	}

	UUID mspOrgId() {
		return this.mspOrgId;
	}

	UUID clientOrgId() {
		return this.clientOrgId;
	}

	Tier tier() {
		return this.tier;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
