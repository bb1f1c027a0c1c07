package io.tenantry.msp;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The MSPs that manage a client, for modules that have already checked access to the client. */
@Component
public class ClientMsps {

	private final RelationshipRepository relationships;

	ClientMsps(RelationshipRepository relationships) {
		this.relationships = relationships;
	}

	/** The ids of the MSP orgs with a relationship to this client. */
	public List<UUID> of(UUID clientOrgId) {
		return this.relationships.ofClient(clientOrgId).stream().map(MspRelationship::mspOrgId).toList();
	}

}
