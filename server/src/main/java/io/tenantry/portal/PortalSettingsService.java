package io.tenantry.portal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which portal modules each client shows ({@code settings:manage}). A hidden module is absent
 * from the portal, and its pages and endpoints answer 404 to portal users.
 */
@Service
public class PortalSettingsService {

	private final PortalSettingsRepository repository;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PortalSettingsService(PortalSettingsRepository repository, AccessService access, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	public PortalSettings get(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.SETTINGS_MANAGE);
		return new PortalSettings(modulesOf(orgId));
	}

	@Transactional
	public PortalSettings update(CurrentUser caller, UUID orgId, PortalSettings settings) {
		OrgAccess access = this.access.require(caller, orgId, Capability.SETTINGS_MANAGE);
		this.repository.save(orgId, settings.modules(), this.clock.instant());
		this.events.publishEvent(AuditEvent.of(orgId, "portal.settings.updated", orgId,
				Map.of("modules", settings.modules().toString()))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return settings;
	}

	/** The modules the org's portal shows (all without settings). */
	public PortalModules modulesOf(UUID orgId) {
		return this.repository.find(orgId).orElse(PortalModules.ALL);
	}

	/** For a portal user: 404 when the org hides every one of the modules. */
	public void requireShown(OrgAccess access, Set<PortalModule> modules) {
		if (access.role().isPortalRole() && modules.stream().noneMatch(modulesOf(access.orgId())::shows)) {
			throw ProblemException.notFound("No such page.");
		}
	}

}
