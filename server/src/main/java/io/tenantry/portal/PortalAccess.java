package io.tenantry.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tenantry.access.AccessService;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;
import io.tenantry.platform.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who uses the portal and for which org. Portal users (client admins and viewers) reach only the
 * portal; the org whose portal they see is the first, by name, where they hold a portal role.
 */
@Service
public class PortalAccess {

	private final AccessService access;

	private final OrgDirectory directory;

	private final PortalSettingsService settings;

	private final ApplicationEventPublisher events;

	PortalAccess(AccessService access, OrgDirectory directory, PortalSettingsService settings,
			ApplicationEventPublisher events) {
		this.access = access;
		this.directory = directory;
		this.settings = settings;
		this.events = events;
	}

	/** The portal a user sees: the org, their access there and the modules it shows. */
	public record Portal(Organization org, OrgAccess access, PortalModules modules) {
	}

	/** Whether every org the user reaches is reached through a portal role only. */
	public boolean portalOnly(CurrentUser user) {
		if (user.superAdmin()) {
			return false;
		}
		List<OrgAccess> reachable = this.access.reachable(user, false);
		return !reachable.isEmpty() && reachable.stream().allMatch((org) -> org.role().isPortalRole());
	}

	/**
	 * Opens a portal page for the user, recording the view in the org's audit trail; 404 when the
	 * user has no portal or the org hides the module.
	 */
	@Transactional
	public Portal open(CurrentUser user, PortalModule module) {
		Portal portal = portalOf(user);
		if (!portal.modules().shows(module)) {
			throw ProblemException.notFound("No such page.");
		}
		this.events.publishEvent(AuditEvent.of(portal.org().id(), "portal.page.viewed", module.name().toLowerCase(), Map.of()));
		return portal;
	}

	/** The user's portal; 404 for users without a portal role. */
	public Portal portalOf(CurrentUser user) {
		List<OrgAccess> portals = this.access.reachable(user, false)
			.stream()
			.filter((org) -> org.role().isPortalRole())
			.toList();
		Map<UUID, OrgAccess> byOrg = portals.stream()
			.collect(Collectors.toMap(OrgAccess::orgId, (org) -> org));
		Optional<Organization> org = this.directory.findAll(byOrg.keySet())
			.stream()
			.min(Comparator.comparing((Organization o) -> o.name().toLowerCase()));
		return org.map((o) -> new Portal(o, byOrg.get(o.id()), this.settings.modulesOf(o.id())))
			.orElseThrow(() -> ProblemException.notFound("You have no client portal."));
	}

}
