package io.tenantry.msp;

import java.util.Map;
import java.util.UUID;

import io.tenantry.audit.AuditableEvent;

/** An MSP changed which clients one of its technicians reaches; recorded in the MSP's audit chain. */
public record ClientAccessChanged(UUID mspOrgId, UUID userId, ClientAccess access) implements AuditableEvent {

	@Override
	public UUID orgId() {
		return this.mspOrgId;
	}

	@Override
	public String action() {
		return "msp.client_access.changed";
	}

	@Override
	public String target() {
		return this.userId.toString();
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("allClients", this.access.allClients(), "clientOrgIds", this.access.clientOrgIds(),
				"excludedClientOrgIds", this.access.excludedClientOrgIds());
	}

}
