package io.tenantry.compliance;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.UserAccount;
import io.tenantry.identity.UserStatus;
import io.tenantry.identity.Users;
import io.tenantry.msp.ClientMsps;
import io.tenantry.organizations.Memberships;
import io.tenantry.platform.ProblemException;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Who works on a control: one assignee per control, an active user who reads the org (as the
 * access module decides), set and removed with {@code assignment:manage}.
 */
@Service
@Validated
public class Assignments {

	private final AssignmentRepository assignments;

	private final CatalogRepository catalog;

	private final Users users;

	private final Memberships memberships;

	private final ClientMsps clientMsps;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assignments(AssignmentRepository assignments, CatalogRepository catalog, Users users, Memberships memberships,
			ClientMsps clientMsps, AccessService access, ApplicationEventPublisher events, Clock clock) {
		this.assignments = assignments;
		this.catalog = catalog;
		this.users = users;
		this.memberships = memberships;
		this.clientMsps = clientMsps;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Assigns the control; a user who cannot read the org is refused (422). */
	@Transactional
	public Assignee assign(CurrentUser caller, UUID orgId, String controlId, @Valid AssignControl command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.ASSIGNMENT_MANAGE);
		this.catalog.require(orgId, controlId);
		Assignee assignee = this.users.findById(command.userId())
			.filter((user) -> readsOrg(user, orgId))
			.map(Assignments::toAssignee)
			.orElseThrow(() -> ProblemException.unprocessable("assignee_not_eligible",
					"The assignee must be an active user who can read this organization."));
		Optional<UUID> previous = this.assignments.assigneeOf(orgId, controlId);
		this.assignments.assign(orgId, controlId, assignee.userId(), caller.id(), this.clock.instant());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("assigneeId", assignee.userId().toString());
		details.put("assigneeEmail", assignee.email());
		details.put("previousAssigneeId", previous.map(UUID::toString).orElse("null"));
		this.events.publishEvent(AuditEvent.of(orgId, "assignment.set", controlId, details)
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return assignee;
	}

	/** Removes the control's assignee; 404 when it has none. */
	@Transactional
	public void unassign(CurrentUser caller, UUID orgId, String controlId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.ASSIGNMENT_MANAGE);
		this.catalog.require(orgId, controlId);
		UUID previous = this.assignments.assigneeOf(orgId, controlId)
			.orElseThrow(() -> ProblemException.notFound("Control " + controlId + " has no assignee."));
		this.assignments.remove(orgId, controlId);
		this.events.publishEvent(AuditEvent.of(orgId, "assignment.removed", controlId,
				Map.of("previousAssigneeId", previous.toString()))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
	}

	/**
	 * Whom the control may be assigned to, by name: the org's members and the people of the MSPs
	 * that manage it, as far as the caller sees them, who read the org.
	 */
	@Transactional(readOnly = true)
	public List<Assignee> eligible(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.ASSIGNMENT_MANAGE);
		Set<UUID> candidates = new LinkedHashSet<>();
		this.memberships.list(caller, orgId).forEach((member) -> candidates.add(member.userId()));
		candidates.addAll(this.clientMsps.staffOf(orgId));
		candidates.add(caller.id());
		return this.users.findAllById(candidates)
			.stream()
			.filter((user) -> readsOrg(user, orgId))
			.map(Assignments::toAssignee)
			.sorted(Comparator.comparing((Assignee assignee) -> assignee.name().toLowerCase())
				.thenComparing(Assignee::email))
			.toList();
	}

	/** The control's assignee, if any. */
	Optional<Assignee> assigneeOf(UUID orgId, String controlId) {
		return this.assignments.assigneeOf(orgId, controlId).flatMap(this.users::findById).map(Assignments::toAssignee);
	}

	private boolean readsOrg(UserAccount user, UUID orgId) {
		return user.status() == UserStatus.ACTIVE && this.access.accessTo(user.asPrincipal(), orgId)
			.filter((access) -> access.can(Capability.COMPLIANCE_READ))
			.isPresent();
	}

	private static Assignee toAssignee(UserAccount user) {
		return new Assignee(user.id(), user.email(), user.name());
	}

}
