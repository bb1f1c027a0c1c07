package io.tenantry.organizations;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tenantry.access.Capability;
import io.tenantry.access.Grant;
import io.tenantry.access.GrantPath;
import io.tenantry.access.Role;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.MembershipRepository.UserMembership;

import org.springframework.stereotype.Component;

/** Direct membership: the role's capabilities, plus {@code msp:manage} for OrgAdmins of an MSP org. */
@Component
class MembershipGrantPath implements GrantPath {

	private final MembershipRepository memberships;

	MembershipGrantPath(MembershipRepository memberships) {
		this.memberships = memberships;
	}

	@Override
	public List<Grant> grants(CurrentUser user) {
		return this.memberships.findByUser(user.id()).stream().map(MembershipGrantPath::toGrant).toList();
	}

	@Override
	public List<Grant> grantsIn(CurrentUser user, UUID orgId) {
		return this.memberships.findByUserInOrg(user.id(), orgId).stream().map(MembershipGrantPath::toGrant).toList();
	}

	private static Grant toGrant(UserMembership membership) {
		Set<Capability> capabilities = membership.role().capabilities();
		if (membership.role() == Role.ORG_ADMIN && membership.mspPortalEnabled()) {
			capabilities = union(capabilities, Capability.MSP_MANAGE);
		}
		return Grant.membership(membership.orgId(), membership.role(), capabilities);
	}

	private static Set<Capability> union(Set<Capability> capabilities, Capability more) {
		var all = new java.util.HashSet<>(capabilities);
		all.add(more);
		return Set.copyOf(all);
	}

}
