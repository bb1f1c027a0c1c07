package io.tenantry.msp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;
import io.tenantry.platform.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats of an MSP's unarchived clients: members against each client's informational limit.
 * Its cost grows with the number of clients: one count query over their memberships.
 */
@Service
public class Licensing {

	private final MspSurface surface;

	private final RelationshipRepository relationships;

	private final OrgDirectory directory;

	private final ApplicationEventPublisher events;

	Licensing(MspSurface surface, RelationshipRepository relationships, OrgDirectory directory,
			ApplicationEventPublisher events) {
		this.surface = surface;
		this.relationships = relationships;
		this.directory = directory;
		this.events = events;
	}

	public ClientLicensing overview(CurrentUser caller, UUID mspOrgId) {
		this.surface.requireManage(caller, mspOrgId);
		Map<UUID, MspRelationship> byClient = this.relationships.ofMsps(Set.of(mspOrgId))
			.stream()
			.collect(Collectors.toMap(MspRelationship::clientOrgId, Function.identity()));
		List<Organization> clients = this.directory.findAll(byClient.keySet()).stream().filter((org) -> !org.archived()).toList();
		Map<UUID, Integer> users = this.directory.memberCounts(clients.stream().map(Organization::id).toList());
		return ClientLicensing.of(clients.stream()
			.map((org) -> ClientLicensing.Row.of(org.id(), org.name(), byClient.get(org.id()).tier(), org.licenseType(),
					org.licenseLimit(), users.getOrDefault(org.id(), 0)))
			.toList());
	}

	@Transactional
	public ClientLicensing.Row set(CurrentUser caller, UUID mspOrgId, UUID clientOrgId, SetLicense command) {
		this.surface.requireManage(caller, mspOrgId);
		MspRelationship relationship = this.relationships.find(mspOrgId, clientOrgId)
			.orElseThrow(() -> ProblemException.notFound("No client " + clientOrgId + " of this MSP."));
		Organization client = this.directory.find(clientOrgId)
			.filter((org) -> !org.archived())
			.orElseThrow(() -> ProblemException.notFound("No client " + clientOrgId + " of this MSP."));
		this.directory.updateLicense(clientOrgId, command.licenseType(), command.seatLimit());
		this.events.publishEvent(new ClientLicenseChanged(mspOrgId, clientOrgId, relationship.tier(),
				command.licenseType(), command.seatLimit()));
		int users = this.directory.memberCounts(List.of(clientOrgId)).getOrDefault(clientOrgId, 0);
		return ClientLicensing.Row.of(clientOrgId, client.name(), relationship.tier(), command.licenseType(),
				command.seatLimit(), users);
	}

}
