package io.tenantry.organizations;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.Role;

/**
 * The members of one org and their roles. Refuses the moves the org's rules forbid: a role that is
 * not a membership role, a ServiceProvider outside an MSP org, a second membership, and losing
 * the last OrgAdmin.
 */
final class Roster {

	private final Organization org;

	private final Map<UUID, Role> roles;

	Roster(Organization org, Map<UUID, Role> roles) {
		this.org = org;
		this.roles = new HashMap<>(roles);
	}

	void add(UUID userId, Role role) {
		requireAssignable(role);
		if (this.roles.containsKey(userId)) {
			throw MembershipRefused.alreadyMember();
		}
		this.roles.put(userId, role);
	}

	/** Gives the member another role; answers the previous one. */
	Role changeRole(UUID userId, Role role) {
		Role previous = roleOf(userId);
		requireAssignable(role);
		if (role != Role.ORG_ADMIN) {
			requireAnotherAdmin(userId);
		}
		this.roles.put(userId, role);
		return previous;
	}

	/** Removes the member; answers the role it had. */
	Role remove(UUID userId) {
		Role previous = roleOf(userId);
		requireAnotherAdmin(userId);
		this.roles.remove(userId);
		return previous;
	}

	private Role roleOf(UUID userId) {
		Role role = this.roles.get(userId);
		if (role == null) {
			throw MembershipRefused.noSuchMember();
		}
		return role;
	}

	/** Refuses a role that no member of this org may have. */
	void requireAssignable(Role role) {
		if (role == Role.SUPER_ADMIN) {
			throw MembershipRefused.notAssignable(role);
		}
		if (!assignable(this.org, role)) {
			throw MembershipRefused.serviceProviderOutsideMsp();
		}
	}

	/** SuperAdmin is a platform flag, not a membership; ServiceProviders belong in MSP orgs. */
	static boolean assignable(Organization org, Role role) {
		return role != Role.SUPER_ADMIN && (role != Role.SERVICE_PROVIDER || org.mspPortalEnabled());
	}

	/** Once an org has an OrgAdmin, it keeps one: the given member may stop being one only if another is. */
	private void requireAnotherAdmin(UUID userId) {
		if (this.roles.get(userId) != Role.ORG_ADMIN) {
			return;
		}
		boolean another = this.roles.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getValue() == Role.ORG_ADMIN && !entry.getKey().equals(userId));
		if (!another) {
			throw MembershipRefused.lastOrgAdmin();
		}
	}

}
