package io.tenantry.portal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.msp.MspClient;
import io.tenantry.msp.MspClients;
import io.tenantry.organizations.AddMember;
import io.tenantry.organizations.ChangeMemberRole;
import io.tenantry.organizations.Memberships;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests: client staff ({@code changerequest:create}) raise them; their MSP (or a
 * SuperAdmin) decides each once. Approving a member change executes it through the org's
 * memberships in the same transaction, so nothing changes before approval and a refused change
 * leaves the request open.
 */
@Service
public class ChangeRequests {

	private final ChangeRequestRepository requests;

	private final AccessService access;

	private final OrgDirectory directory;

	private final Memberships memberships;

	private final MspClients mspClients;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChangeRequests(ChangeRequestRepository requests, AccessService access, OrgDirectory directory,
			Memberships memberships, MspClients mspClients, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.access = access;
		this.directory = directory;
		this.memberships = memberships;
		this.mspClients = mspClients;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ChangeRequest raise(CurrentUser caller, UUID orgId, RaiseChangeRequest command) {
		this.access.require(caller, orgId, Capability.CHANGEREQUEST_CREATE);
		RequestedChange change = RequestedChange.of(command, (userId) -> this.directory.roleOf(orgId, userId));
		ChangeRequest request = ChangeRequest.open(orgId, change.kind(), change.target(), change.details(), caller.id(),
				this.clock.instant());
		this.requests.insert(request);
		this.events.publishEvent(AuditEvent.of(orgId, "changerequest.raised", request.id(), facts(request)));
		this.events.publishEvent(new ChangeRequestRaised(request));
		return request;
	}

	/** The org's requests, newest first; anyone who reads the org reads them. */
	public List<ChangeRequest> list(CurrentUser caller, UUID orgId) {
		return list(caller, orgId, null);
	}

	/** The org's requests of one status, or of every status with none. */
	public List<ChangeRequest> list(CurrentUser caller, UUID orgId, @Nullable ChangeStatus status) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		return this.requests.inOrgs(Set.of(orgId), status);
	}

	/**
	 * An MSP's queue: the requests of every client of this MSP that the caller reaches, optionally
	 * of one status or one client.
	 */
	public List<ChangeRequest> queue(CurrentUser caller, UUID mspOrgId, @Nullable ChangeStatus status,
			@Nullable UUID clientOrgId) {
		Set<UUID> clients = clientsOf(caller, mspOrgId);
		if (clientOrgId != null) {
			clients = clients.contains(clientOrgId) ? Set.of(clientOrgId) : Set.of();
		}
		return this.requests.inOrgs(clients, status);
	}

	/** The clients whose requests the caller handles for this MSP; 404 when it is not a visible MSP. */
	public Set<UUID> clientsOf(CurrentUser caller, UUID mspOrgId) {
		return this.mspClients.reachable(caller, mspOrgId)
			.stream()
			.map(MspClient::clientOrgId)
			.collect(Collectors.toSet());
	}

	@Transactional
	public ChangeRequest approve(CurrentUser caller, UUID orgId, UUID requestId, DecideChangeRequest decision) {
		OrgAccess access = this.access.requireVisible(caller, orgId);
		ChangeRequest request = lockedFor(caller, access, requestId);
		ChangeRequest approved = request.approve(caller.id(), decision.comment(), this.clock.instant());
		execute(caller, orgId, request);
		return store(approved, access, "changerequest.approved");
	}

	@Transactional
	public ChangeRequest reject(CurrentUser caller, UUID orgId, UUID requestId, DecideChangeRequest decision) {
		OrgAccess access = this.access.requireVisible(caller, orgId);
		ChangeRequest request = lockedFor(caller, access, requestId);
		return store(request.reject(caller.id(), decision.comment(), this.clock.instant()), access,
				"changerequest.rejected");
	}

	/** The open request, once the caller is known to be its MSP (or a SuperAdmin) with the kind's capability. */
	private ChangeRequest lockedFor(CurrentUser caller, OrgAccess access, UUID requestId) {
		ChangeRequest request = this.requests.lock(access.orgId(), requestId)
			.orElseThrow(() -> ProblemException.notFound("No change request " + requestId + "."));
		if (!caller.superAdmin() && access.actingThrough() == null) {
			throw ProblemException.forbidden("Change requests are decided by the organization's MSP.");
		}
		if (!access.can(request.kind().decisionCapability())) {
			throw ProblemException.forbidden("Deciding this request needs the "
					+ request.kind().decisionCapability().value() + " capability in this organization.");
		}
		return request;
	}

	private void execute(CurrentUser caller, UUID orgId, ChangeRequest request) {
		RequestedChange change = new RequestedChange(request.kind(), request.target(), request.details());
		switch (request.kind()) {
			case ADD_MEMBER -> this.memberships.add(caller, orgId, new AddMember(change.email(), change.role()));
			case CHANGE_ROLE -> this.memberships.changeRole(caller, orgId, change.member(), new ChangeMemberRole(change.role()));
			case REMOVE_MEMBER -> this.memberships.remove(caller, orgId, change.member());
			case OTHER -> {
				// Carried out by the MSP outside the platform; approval only records the decision.
			}
		}
	}

	private ChangeRequest store(ChangeRequest decided, OrgAccess access, String action) {
		if (!this.requests.decide(decided)) {
			throw ProblemException.conflict("This change request was already decided.");
		}
		Map<String, Object> facts = facts(decided);
		facts.put("status", decided.status().name());
		if (decided.comment() != null) {
			facts.put("comment", decided.comment());
		}
		this.events.publishEvent(AuditEvent.of(decided.orgId(), action, decided.id(), facts)
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		this.events.publishEvent(new ChangeRequestDecided(decided));
		return decided;
	}

	private static Map<String, Object> facts(ChangeRequest request) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("kind", request.kind().value());
		if (request.target() != null) {
			facts.put("target", request.target());
		}
		return facts;
	}

}
