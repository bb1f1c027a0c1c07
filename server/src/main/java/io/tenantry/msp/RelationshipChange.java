package io.tenantry.msp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.audit.AuditableEvent;

/**
 * A change an MSP made through its relationship to a client: recorded in both orgs' chains,
 * targeting the client and on behalf of the MSP, so that the client's chain names who did it.
 */
interface RelationshipChange extends AuditableEvent {

	UUID mspOrgId();

	UUID clientOrgId();

	/** The relationship's tier when the MSP acted (the new one for an added client). */
	Tier relationshipTier();

	@Override
	default UUID orgId() {
		return mspOrgId();
	}

	@Override
	default String target() {
		return clientOrgId().toString();
	}

	@Override
	default List<UUID> alsoIn() {
		return List.of(clientOrgId());
	}

	@Override
	default UUID actingThroughOrgId() {
		return mspOrgId();
	}

	@Override
	default String tier() {
		return relationshipTier().name();
	}

	/** The facts, followed by the MSP's id and name. */
	static Map<String, Object> namingMsp(UUID mspOrgId, String mspName, Map<String, Object> facts) {
		Map<String, Object> details = new LinkedHashMap<>(facts);
		details.put("mspOrgId", mspOrgId.toString());
		details.put("mspName", mspName);
		return details;
	}

}
