package io.tenantry.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.OrgRegistry;

import org.springframework.stereotype.Component;

@Component
class OrganizationRegistry implements OrgRegistry {

	private final OrganizationRepository organizations;

	OrganizationRegistry(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	@Override
	public Optional<Boolean> archived(UUID orgId) {
		return this.organizations.archived(orgId);
	}

	@Override
	public Map<UUID, Boolean> archived(Collection<UUID> orgIds) {
		return this.organizations.archived(orgIds);
	}

	@Override
	public List<UUID> allOrgIds() {
		return this.organizations.allIds();
	}

}
