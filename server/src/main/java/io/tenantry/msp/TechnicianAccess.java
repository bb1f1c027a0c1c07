package io.tenantry.msp;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tenantry.access.Role;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.platform.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which clients each ServiceProvider technician of an MSP reaches; only {@code msp:manage} sets it. */
@Service
public class TechnicianAccess {

	private final MspSurface surface;

	private final ClientAccessRepository accesses;

	private final RelationshipRepository relationships;

	private final OrgDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TechnicianAccess(MspSurface surface, ClientAccessRepository accesses, RelationshipRepository relationships,
			OrgDirectory directory, ApplicationEventPublisher events, Clock clock) {
		this.surface = surface;
		this.accesses = accesses;
		this.relationships = relationships;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	public ClientAccess get(CurrentUser caller, UUID mspOrgId, UUID userId) {
		this.surface.requireManage(caller, mspOrgId);
		requireTechnician(mspOrgId, userId);
		return this.accesses.find(mspOrgId, userId).orElse(ClientAccess.NONE);
	}

	@Transactional
	public ClientAccess set(CurrentUser caller, UUID mspOrgId, UUID userId, SetClientAccess command) {
		this.surface.requireManage(caller, mspOrgId);
		requireTechnician(mspOrgId, userId);
		boolean all = command.allClients();
		if (all && !command.allowed().isEmpty()) {
			throw ProblemException.invalid("clientOrgIds", "must be empty when allClients is true");
		}
		if (!all && !command.excluded().isEmpty()) {
			throw ProblemException.invalid("excludedClientOrgIds", "needs allClients true");
		}
		ClientAccess access = new ClientAccess(all, command.allowed(), command.excluded());
		Set<UUID> clients = this.relationships.ofMsps(Set.of(mspOrgId))
			.stream()
			.map(MspRelationship::clientOrgId)
			.collect(Collectors.toSet());
		List<UUID> unknown = access.listed().stream().filter((id) -> !clients.contains(id)).toList();
		if (!unknown.isEmpty()) {
			throw ProblemException.unprocessable("not_a_client", "Not clients of this MSP: " + unknown + ".");
		}
		this.accesses.replace(mspOrgId, userId, access, this.clock.instant());
		this.events.publishEvent(new ClientAccessChanged(mspOrgId, userId, access));
		return access;
	}

	private void requireTechnician(UUID mspOrgId, UUID userId) {
		Role role = this.directory.roleOf(mspOrgId, userId)
			.orElseThrow(() -> ProblemException.notFound("No member " + userId + " in this organization."));
		if (role != Role.SERVICE_PROVIDER) {
			throw ProblemException.unprocessable("not_a_technician",
					"Client access applies to ServiceProvider members; this member is " + role + ".");
		}
	}

}
