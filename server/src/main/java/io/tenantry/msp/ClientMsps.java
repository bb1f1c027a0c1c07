package io.tenantry.msp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tenantry.access.Role;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;

import org.springframework.stereotype.Component;

/** The MSPs that manage a client, for modules that have already checked access to the client. */
@Component
public class ClientMsps {

	private final RelationshipRepository relationships;

	private final OrgDirectory directory;

	private final ClientAccessRepository accesses;

	ClientMsps(RelationshipRepository relationships, OrgDirectory directory, ClientAccessRepository accesses) {
		this.relationships = relationships;
		this.directory = directory;
		this.accesses = accesses;
	}

	/** The ids of the MSP orgs with a relationship to this client. */
	public List<UUID> of(UUID clientOrgId) {
		return this.relationships.ofClient(clientOrgId).stream().map(MspRelationship::mspOrgId).toList();
	}

	/**
	 * The MSP people who reach this client: the OrgAdmins of every active MSP that manages it, and
	 * the technicians of those MSPs whose client access names it.
	 */
	public Set<UUID> staffOf(UUID clientOrgId) {
		List<UUID> activeMsps = this.directory.findAll(of(clientOrgId))
			.stream()
			.filter((org) -> org.mspPortalEnabled() && !org.archived())
			.map(Organization::id)
			.toList();
		Set<UUID> staff = new LinkedHashSet<>();
		for (UUID mspOrgId : activeMsps) {
			staff.addAll(this.directory.membersWithRole(mspOrgId, Role.ORG_ADMIN));
			List<UUID> technicians = new ArrayList<>(this.directory.membersWithRole(mspOrgId, Role.SERVICE_PROVIDER));
			technicians.removeIf((userId) -> this.accesses.find(mspOrgId, userId)
				.filter((access) -> access.reaches(clientOrgId))
				.isEmpty());
			staff.addAll(technicians);
		}
		return staff;
	}

}
