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
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who uses the portal and for which org. Portal users (client admins and viewers) reach only the
 * portal. The org whose portal they see is one where they hold a portal role: the one whose portal
 * host they visit, else the first by name. The portal shows that org's branding, whatever the host,
 * so no client's name ever frames another client's data.
 */
@Service
public class PortalAccess {

	private final AccessService access;

	private final OrgDirectory directory;

	private final PortalSettingsService settings;

	private final Brandings brandings;

	private final ApplicationEventPublisher events;

	PortalAccess(AccessService access, OrgDirectory directory, PortalSettingsService settings, Brandings brandings,
			ApplicationEventPublisher events) {
		this.access = access;
		this.directory = directory;
		this.settings = settings;
		this.brandings = brandings;
		this.events = events;
	}

	/** The portal a user sees: the org, their access there, the modules it shows and its branding. */
	public record Portal(Organization org, OrgAccess access, PortalModules modules, Branding branding) {
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
	public Portal open(CurrentUser user, @Nullable String host, PortalModule module) {
		Portal portal = portalOf(user, host);
		if (!portal.modules().shows(module)) {
			throw ProblemException.notFound("No such page.");
		}
		this.events.publishEvent(AuditEvent.of(portal.org().id(), "portal.page.viewed", module.name().toLowerCase(), Map.of()));
		return portal;
	}

	/** The user's portal at this host name; 404 for users without a portal role. */
	public Portal portalOf(CurrentUser user, @Nullable String host) {
		List<OrgAccess> portals = this.access.reachable(user, false)
			.stream()
			.filter((org) -> org.role().isPortalRole())
			.toList();
		Map<UUID, OrgAccess> byOrg = portals.stream()
			.collect(Collectors.toMap(OrgAccess::orgId, (org) -> org));
		UUID hostOrg = this.brandings.forHost(host).orgId();
		Optional<Organization> org = this.directory.findAll(byOrg.keySet())
			.stream()
			.min(Comparator.comparing((Organization o) -> !o.id().equals(hostOrg))
				.thenComparing((Organization o) -> o.name().toLowerCase()));
		return org
			.map((o) -> new Portal(o, byOrg.get(o.id()), this.settings.modulesOf(o.id()), this.brandings.of(o.id())))
			.orElseThrow(() -> ProblemException.notFound("You have no client portal."));
	}

}
