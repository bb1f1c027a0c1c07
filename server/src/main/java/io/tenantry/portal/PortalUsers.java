package io.tenantry.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgNotVisible;
import io.tenantry.access.Role;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.UserAccount;
import io.tenantry.identity.UserStatus;
import io.tenantry.identity.Users;
import io.tenantry.organizations.AddMember;
import io.tenantry.organizations.ChangeMemberRole;
import io.tenantry.organizations.Member;
import io.tenantry.organizations.Memberships;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's portal users (client admins and viewers) as those with {@code members:manage} in it
 * manage them: through the org's {@link Memberships}, which invite and audit, and only ever
 * touching portal roles.
 */
@Service
public class PortalUsers {

	private final AccessService access;

	private final Memberships memberships;

	private final Users users;

	private final OrgDirectory directory;

	PortalUsers(AccessService access, Memberships memberships, Users users, OrgDirectory directory) {
		this.access = access;
		this.memberships = memberships;
		this.users = users;
		this.directory = directory;
	}

	/** Where a portal user stands: invited (no password yet), active or suspended. */
	public enum Status {

		INVITED, ACTIVE, SUSPENDED

	}

	/** A portal user as the page lists them. */
	public record PortalUser(UUID userId, String email, String name, Role role, Status status) {
	}

	/** A client's portal users by name. */
	public record Listing(UUID orgId, String orgName, List<PortalUser> users) {
	}

	public Listing list(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.MEMBERS_MANAGE);
		String name = this.directory.find(orgId).map(Organization::name).orElseThrow(() -> OrgNotVisible.forId(orgId));
		List<Member> members = this.memberships.list(caller, orgId)
			.stream()
			.filter((member) -> member.role().isPortalRole())
			.toList();
		Map<UUID, UserAccount> accounts = this.users.findAllById(members.stream().map(Member::userId).toList())
			.stream()
			.collect(Collectors.toMap(UserAccount::id, Function.identity()));
		return new Listing(orgId, name,
				members.stream().map((member) -> withStatus(member, accounts.get(member.userId()))).toList());
	}

	/** Adds a portal user; an unknown email is invited in the client's branding. */
	@Transactional
	public PortalUser invite(CurrentUser caller, UUID orgId, String email, @Nullable String name, Role role) {
		requirePortalRole(role);
		return withStatus(this.memberships.add(caller, orgId, new AddMember(email, role, name)));
	}

	@Transactional
	public PortalUser changeRole(CurrentUser caller, UUID orgId, UUID userId, Role role) {
		requirePortalUser(caller, orgId, userId);
		requirePortalRole(role);
		return withStatus(this.memberships.changeRole(caller, orgId, userId, new ChangeMemberRole(role)));
	}

	@Transactional
	public void remove(CurrentUser caller, UUID orgId, UUID userId) {
		requirePortalUser(caller, orgId, userId);
		this.memberships.remove(caller, orgId, userId);
	}

	/** Refuses to touch a member who is not a portal user (an OrgAdmin, say) through this surface. */
	private void requirePortalUser(CurrentUser caller, UUID orgId, UUID userId) {
		this.access.require(caller, orgId, Capability.MEMBERS_MANAGE);
		this.directory.roleOf(orgId, userId)
			.filter(Role::isPortalRole)
			.orElseThrow(() -> ProblemException.notFound("No such portal user in this organization."));
	}

	private static void requirePortalRole(Role role) {
		if (!role.isPortalRole()) {
			throw ProblemException.invalid("role", "must be CLIENT_ADMIN or CLIENT_VIEWER");
		}
	}

	private PortalUser withStatus(Member member) {
		return withStatus(member, this.users.findById(member.userId()).orElseThrow());
	}

	private PortalUser withStatus(Member member, UserAccount user) {
		Status status = (user.status() == UserStatus.SUSPENDED) ? Status.SUSPENDED
				: this.users.hasPassword(user.id()) ? Status.ACTIVE : Status.INVITED;
		return new PortalUser(member.userId(), member.email(), member.name(), member.role(), status);
	}

}
