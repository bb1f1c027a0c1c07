package io.tenantry.msp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tenantry.access.Grant;
import io.tenantry.access.GrantPath;
import io.tenantry.access.Role;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.Membership;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;

import org.springframework.stereotype.Component;

/**
 * Access through MSP relationships: members of an active MSP-enabled org reach its unarchived
 * clients at the relationship's tier; OrgAdmins every client, ServiceProvider technicians only
 * the clients their client access names. One hop only: relationships are not transitive.
 */
@Component
class MspGrantPath implements GrantPath {

	private final OrgDirectory directory;

	private final RelationshipRepository relationships;

	private final ClientAccessRepository accesses;

	MspGrantPath(OrgDirectory directory, RelationshipRepository relationships, ClientAccessRepository accesses) {
		this.directory = directory;
		this.relationships = relationships;
		this.accesses = accesses;
	}

	@Override
	public List<Grant> grants(CurrentUser user) {
		Map<UUID, Role> mspRoles = activeMspRoles(user.id(), this.directory.membershipsOf(user.id()));
		List<MspRelationship> candidates = this.relationships.ofMsps(mspRoles.keySet());
		Set<UUID> activeClients = this.directory.findAll(candidates.stream().map(MspRelationship::clientOrgId).toList())
			.stream()
			.filter((org) -> !org.archived())
			.map(Organization::id)
			.collect(Collectors.toSet());
		return reachable(user.id(), mspRoles, candidates.stream().filter((r) -> activeClients.contains(r.clientOrgId())).toList());
	}

	@Override
	public List<Grant> grantsIn(CurrentUser user, UUID orgId) {
		List<MspRelationship> candidates = this.relationships.ofClient(orgId);
		if (candidates.isEmpty() || this.directory.find(orgId).map(Organization::archived).orElse(true)) {
			return List.of();
		}
		List<Membership> memberships = new ArrayList<>();
		for (MspRelationship relationship : candidates) {
			this.directory.roleOf(relationship.mspOrgId(), user.id())
				.ifPresent((role) -> memberships.add(new Membership(relationship.mspOrgId(), user.id(), role)));
		}
		return reachable(user.id(), activeMspRoles(user.id(), memberships), candidates);
	}

	/** The user's roles in MSP-enabled, unarchived orgs, for the roles that can reach clients. */
	private Map<UUID, Role> activeMspRoles(UUID userId, List<Membership> memberships) {
		Map<UUID, Role> roles = memberships.stream()
			.filter((m) -> m.role() == Role.ORG_ADMIN || m.role() == Role.SERVICE_PROVIDER)
			.collect(Collectors.toMap(Membership::orgId, Membership::role));
		Set<UUID> active = this.directory.findAll(roles.keySet())
			.stream()
			.filter((org) -> org.mspPortalEnabled() && !org.archived())
			.map(Organization::id)
			.collect(Collectors.toSet());
		roles.keySet().retainAll(active);
		return roles;
	}

	private List<Grant> reachable(UUID userId, Map<UUID, Role> mspRoles, List<MspRelationship> relationships) {
		Map<UUID, Optional<ClientAccess>> technicianAccess = mspRoles.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == Role.SERVICE_PROVIDER)
			.map(Map.Entry::getKey)
			.collect(Collectors.toMap(Function.identity(), (msp) -> this.accesses.find(msp, userId)));
		return relationships.stream()
			.filter((r) -> mspRoles.containsKey(r.mspOrgId()))
			.filter((r) -> mspRoles.get(r.mspOrgId()) == Role.ORG_ADMIN
					|| technicianAccess.get(r.mspOrgId()).orElse(ClientAccess.NONE).reaches(r.clientOrgId()))
			.map((r) -> Grant.msp(r.clientOrgId(), r.tier(), r.mspOrgId()))
			.toList();
	}

}
