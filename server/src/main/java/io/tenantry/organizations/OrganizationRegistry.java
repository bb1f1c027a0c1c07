package io.tenantry.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.Grant;
import io.tenantry.access.OrgRegistry;
import io.tenantry.access.OrgStanding;
import io.tenantry.access.OrgState;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.MembershipRepository.UserMembership;

import org.springframework.stereotype.Component;

/** Orgs, and users' own memberships in them, as access sees them. */
@Component
class OrganizationRegistry implements OrgRegistry {

	private final OrganizationRepository organizations;

	private final MembershipRepository memberships;

	OrganizationRegistry(OrganizationRepository organizations, MembershipRepository memberships) {
		this.organizations = organizations;
		this.memberships = memberships;
	}

	@Override
	public Optional<OrgStanding> standing(CurrentUser user, UUID orgId) {
		return this.organizations.standing(orgId, user.id());
	}

	@Override
	public List<Grant> membershipGrants(CurrentUser user) {
		return this.memberships.findByUser(user.id()).stream().map(UserMembership::grant).toList();
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
