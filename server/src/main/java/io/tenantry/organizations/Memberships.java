package io.tenantry.organizations;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.access.OrgNotVisible;
import io.tenantry.access.Role;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.UserAccount;
import io.tenantry.identity.Users;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an org and with which role. Changes need {@code members:manage} and go through
 * the org's {@link Roster}, under a lock on the org so that two admins cannot both step down.
 */
@Service
@Validated
public class Memberships {

	private final MembershipRepository memberships;

	private final OrganizationRepository organizations;

	private final AccessService access;

	private final Users users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final List<MemberMail> mails;

	Memberships(MembershipRepository memberships, OrganizationRepository organizations, AccessService access,
			Users users, Clock clock, ApplicationEventPublisher events, List<MemberMail> mails) {
		this.memberships = memberships;
		this.organizations = organizations;
		this.access = access;
		this.users = users;
		this.clock = clock;
		this.events = events;
		this.mails = mails;
	}

	/** The org's members by name; anyone who reaches the org may read them. */
	public List<Member> list(CurrentUser caller, UUID orgId) {
		this.access.requireVisible(caller, orgId);
		Map<UUID, Role> roles = this.memberships.rolesIn(orgId);
		return this.users.findAllById(roles.keySet())
			.stream()
			.map((user) -> new Member(user.id(), user.email(), user.name(), roles.get(user.id())))
			.sorted(Comparator.comparing((Member member) -> member.name().toLowerCase()).thenComparing(Member::email))
			.toList();
	}

	/**
	 * Adds a member by email; an unknown email becomes a new user who is invited to set a password.
	 * The {@link MemberMail} that covers the role writes the invitation, and tells an existing user.
	 */
	@Transactional
	public Member add(CurrentUser caller, UUID orgId, @Valid AddMember command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.MEMBERS_MANAGE);
		Roster roster = lockRoster(orgId);
		// Checked before an unknown email becomes a user, so a refused request invites nobody.
		roster.requireAssignable(command.role());
		Optional<MemberMail> mail = this.mails.stream().filter((writer) -> writer.covers(command.role())).findFirst();
		Optional<UserAccount> existing = this.users.findByEmail(command.email());
		UserAccount user = existing.orElseGet(() -> invite(orgId, command, mail));
		roster.add(user.id(), command.role());
		this.memberships.insert(orgId, user.id(), command.role(), this.clock.instant());
		audit(access, "member.added", user.id(), Map.of("email", user.email(), "role", command.role().name()));
		if (existing.isPresent()) {
			mail.ifPresent((writer) -> writer.sendAdded(orgId, user, command.role()));
		}
		return new Member(user.id(), user.email(), user.name(), command.role());
	}

	private UserAccount invite(UUID orgId, AddMember command, Optional<MemberMail> mail) {
		String name = (command.name() != null && !command.name().isBlank()) ? command.name().strip()
				: nameFrom(command.email());
		return mail.map((writer) -> this.users.invite(command.email(), name, writer.invitation(orgId, command.role())))
			.orElseGet(() -> this.users.create(command.email(), name, null, false));
	}

	@Transactional
	public Member changeRole(CurrentUser caller, UUID orgId, UUID userId, @Valid ChangeMemberRole command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.MEMBERS_MANAGE);
		Role previous = lockRoster(orgId).changeRole(userId, command.role());
		this.memberships.updateRole(orgId, userId, command.role());
		audit(access, "member.role_changed", userId, Map.of("before", previous.name(), "after", command.role().name()));
		if (previous != command.role()) {
			this.events.publishEvent(new MemberRoleEnded(orgId, userId, previous));
		}
		UserAccount user = this.users.findById(userId).orElseThrow(MembershipRefused::noSuchMember);
		return new Member(user.id(), user.email(), user.name(), command.role());
	}

	@Transactional
	public void remove(CurrentUser caller, UUID orgId, UUID userId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.MEMBERS_MANAGE);
		Role previous = lockRoster(orgId).remove(userId);
		this.memberships.delete(orgId, userId);
		audit(access, "member.removed", userId, Map.of("role", previous.name()));
		this.events.publishEvent(new MemberRoleEnded(orgId, userId, previous));
	}

	/** Records the change in the org's chain, naming the MSP when it came through one. */
	private void audit(OrgAccess access, String action, UUID userId, Map<String, Object> details) {
		this.events.publishEvent(AuditEvent.of(access.orgId(), action, userId, details)
			.withOnBehalfOf(access.actingThrough(), access.tier()));
	}

	private Roster lockRoster(UUID orgId) {
		Organization org = this.organizations.lockById(orgId).orElseThrow(() -> OrgNotVisible.forId(orgId));
		return new Roster(org, this.memberships.rolesIn(orgId));
	}

	/** The roles a member of this org may be given: ServiceProvider only in an MSP org. */
	public List<Role> assignableRoles(Organization org) {
		return Arrays.stream(Role.values()).filter((role) -> Roster.assignable(org, role)).toList();
	}

	/** A first display name for an invited user: the email's local part. */
	private static String nameFrom(String email) {
		String local = email.trim();
		int at = local.indexOf('@');
		return (at > 0) ? local.substring(0, at) : local;
	}

}
