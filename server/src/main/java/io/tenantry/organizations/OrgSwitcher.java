package io.tenantry.organizations;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.Organizations.VisibleOrganization;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The org switcher of the browser: the unarchived orgs a user reaches, and which one is active.
 * The active org is the one the user chose, while it stays reachable, else the first by name.
 */
@Service
public class OrgSwitcher {

	private final Organizations organizations;

	private final AccessService access;

	OrgSwitcher(Organizations organizations, AccessService access) {
		this.organizations = organizations;
		this.access = access;
	}

	/** One entry of the switcher: the org and the user's effective role in it. */
	public record OrgChoice(UUID id, String name, String role) {
	}

	/** The active org with what the user may do in it; {@code capabilities} are API names. */
	public record ActiveOrg(UUID id, String name, String role, @Nullable String tier, Set<String> capabilities) {

		public boolean can(String capability) {
			return this.capabilities.contains(capability);
		}

	}

	/** The switcher's entries and the active one, which is empty when the user reaches no org. */
	public record Switcher(List<OrgChoice> orgs, @Nullable ActiveOrg active) {
	}

	public Switcher switcher(CurrentUser user, @Nullable UUID chosen) {
		List<VisibleOrganization> reachable = this.organizations.reachable(user, false);
		List<OrgChoice> choices = reachable.stream()
			.map((org) -> new OrgChoice(org.organization().id(), org.organization().name(), org.access().role().name()))
			.toList();
		VisibleOrganization active = reachable.stream()
			.filter((org) -> org.organization().id().equals(chosen))
			.findFirst()
			.orElse(reachable.isEmpty() ? null : reachable.get(0));
		return new Switcher(choices, (active != null) ? toActive(active) : null);
	}

	/** Checks that the user may switch to the org: 404 when it cannot see it. */
	public UUID switchTo(CurrentUser user, UUID orgId) {
		return this.access.requireVisible(user, orgId).orgId();
	}

	private static ActiveOrg toActive(VisibleOrganization visible) {
		OrgAccess access = visible.access();
		return new ActiveOrg(visible.organization().id(), visible.organization().name(), access.role().name(),
				(access.tier() != null) ? access.tier().name() : null,
				access.capabilities().stream().map(Capability::value).collect(Collectors.toUnmodifiableSet()));
	}

}
