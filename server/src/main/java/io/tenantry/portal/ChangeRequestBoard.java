package io.tenantry.portal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tenantry.access.AccessService;
import io.tenantry.access.OrgAccess;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.UserAccount;
import io.tenantry.identity.Users;
import io.tenantry.msp.ClientMsps;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MSP's change-request queue as its page shows it: requests with client and people named. A
 * client that no MSP manages has a queue of its own, for the SuperAdmins who decide its requests.
 */
@Service
public class ChangeRequestBoard {

	private final ChangeRequests requests;

	private final AccessService access;

	private final OrgDirectory directory;

	private final Users users;

	private final ClientMsps clientMsps;

	ChangeRequestBoard(ChangeRequests requests, AccessService access, OrgDirectory directory, Users users,
			ClientMsps clientMsps) {
		this.requests = requests;
		this.access = access;
		this.directory = directory;
		this.users = users;
		this.clientMsps = clientMsps;
	}

	/** One request with the names a person reads. */
	public record Row(ChangeRequest request, String clientName, String requestedByEmail, @Nullable String targetLabel) {
	}

	/**
	 * The queue of one MSP (none for a client without one), the MSPs the caller could switch to,
	 * and the filter it shows.
	 */
	public record Queue(@Nullable Organization msp, List<Organization> msps, List<Organization> clients, List<Row> rows,
			@Nullable ChangeStatus status, @Nullable UUID clientOrgId) {
	}

	public Queue queue(CurrentUser caller, @Nullable UUID mspOrgId, @Nullable ChangeStatus status,
			@Nullable UUID clientOrgId) {
		List<Organization> msps = mspsOf(caller);
		if (caller.superAdmin() && clientOrgId != null && this.clientMsps.of(clientOrgId).isEmpty()) {
			return unmanaged(caller, msps, status, clientOrgId);
		}
		Organization msp = msps.stream()
			.filter((org) -> org.id().equals(mspOrgId))
			.findFirst()
			.or(() -> msps.stream().findFirst())
			.orElseThrow(() -> ProblemException.notFound("No MSP organization to show."));
		Set<UUID> clientIds = this.requests.clientsOf(caller, msp.id());
		List<Organization> clients = byName(this.directory.findAll(clientIds));
		return new Queue(msp, msps, clients, rows(this.requests.queue(caller, msp.id(), status, clientOrgId)), status,
				clientOrgId);
	}

	private Queue unmanaged(CurrentUser caller, List<Organization> msps, @Nullable ChangeStatus status,
			UUID clientOrgId) {
		return new Queue(null, msps, byName(this.directory.findAll(Set.of(clientOrgId))),
				rows(this.requests.list(caller, clientOrgId, status)), status, clientOrgId);
	}

	@Transactional
	public Row approve(CurrentUser caller, UUID orgId, UUID requestId, DecideChangeRequest decision) {
		return rows(List.of(this.requests.approve(caller, orgId, requestId, decision))).get(0);
	}

	@Transactional
	public Row reject(CurrentUser caller, UUID orgId, UUID requestId, DecideChangeRequest decision) {
		return rows(List.of(this.requests.reject(caller, orgId, requestId, decision))).get(0);
	}

	/** The MSP-enabled orgs the caller belongs to (all of them for SuperAdmins). */
	private List<Organization> mspsOf(CurrentUser caller) {
		Set<UUID> reachable = this.access.reachable(caller, false)
			.stream()
			.filter((org) -> org.mspPortalEnabled() && (caller.superAdmin() || org.actingThrough() == null))
			.map(OrgAccess::orgId)
			.collect(Collectors.toSet());
		return byName(this.directory.findAll(reachable));
	}

	private List<Row> rows(List<ChangeRequest> requests) {
		Map<UUID, String> clientNames = this.directory
			.findAll(requests.stream().map(ChangeRequest::orgId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Organization::id, Organization::name));
		Set<UUID> people = requests.stream()
			.flatMap((request) -> Stream.concat(Stream.of(request.requestedBy()), request.memberTarget().stream()))
			.collect(Collectors.toSet());
		Map<UUID, String> emails = this.users.findAllById(people)
			.stream()
			.collect(Collectors.toMap(UserAccount::id, UserAccount::email));
		return requests.stream()
			.map((request) -> new Row(request, clientNames.getOrDefault(request.orgId(), "?"),
					emails.getOrDefault(request.requestedBy(), "?"),
					request.memberTarget().map((id) -> emails.getOrDefault(id, request.target())).orElse(request.target())))
			.toList();
	}

	private static List<Organization> byName(Collection<Organization> orgs) {
		return orgs.stream().sorted(Comparator.comparing((Organization org) -> org.name().toLowerCase())).toList();
	}

}
