package io.tenantry.msp;

import io.tenantry.access.Role;
import io.tenantry.organizations.MemberRoleEnded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A technician's client access ends with their ServiceProvider role (removed, or given another
 * role), in the same transaction: added again later, they start with no client, not the old grant.
 */
@Component
class TechnicianDeparture {

	private final ClientAccessRepository accesses;

	TechnicianDeparture(ClientAccessRepository accesses) {
		this.accesses = accesses;
	}

	@EventListener
	void on(MemberRoleEnded event) {
		if (event.role() == Role.SERVICE_PROVIDER) {
			this.accesses.delete(event.orgId(), event.userId());
		}
	}

}
