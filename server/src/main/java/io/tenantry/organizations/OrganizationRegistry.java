package io.tenantry.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.OrgRegistry;
import io.tenantry.access.OrgState;

import org.springframework.stereotype.Component;

@Component
class OrganizationRegistry implements OrgRegistry {

	private final OrganizationRepository organizations;

	OrganizationRegistry(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	@Override
	public Optional<OrgState> state(UUID orgId) {
		return this.organizations.state(orgId);
	}

	@Override
	public Map<UUID, OrgState> states(Collection<UUID> orgIds) {
		return this.organizations.states(orgIds);
	}

	@Override
	public List<UUID> allOrgIds() {
		return this.organizations.allIds();
	}

}
