package io.tenantry.organizations;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.access.OrgNotVisible;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Creates and reads organizations, always through the caller's access. */
@Service
@Validated
public class Organizations {

	private static final int DIRECTORY_LIMIT = 500;

	private final OrganizationRepository repository;

	private final AccessService access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Organizations(OrganizationRepository repository, AccessService access, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.access = access;
		this.clock = clock;
		this.events = events;
	}

	/** An org the caller can see, with the caller's access to it. */
	public record VisibleOrganization(Organization organization, OrgAccess access) {
	}

	@Transactional
	public Organization create(CurrentUser caller, @Valid CreateOrganization command) {
		if (!caller.superAdmin()) {
			throw ProblemException.forbidden("Only SuperAdmins create organizations.");
		}
		Organization org = new Organization(UUID.randomUUID(), command.name().trim(), Boolean.TRUE.equals(command.mspPortalEnabled()), false,
				Organization.DEFAULT_LICENSE_TYPE, 0, Organization.DEFAULT_SCAN_STALE_AFTER_DAYS, this.clock.instant());
		this.repository.insert(org);
		this.events.publishEvent(AuditEvent.platform("org.created", org.id(),
				Map.of("name", org.name(), "mspPortalEnabled", org.mspPortalEnabled()))
			.withAlsoIn(org.id()));
		return org;
	}

	/**
	 * Applies the present fields. Needs {@code settings:manage}; the MSP-portal flag only a
	 * SuperAdmin may change, since it opens the MSP surface.
	 */
	@Transactional
	public Organization update(CurrentUser caller, UUID orgId, @Valid UpdateOrganization update) {
		OrgAccess access = this.access.require(caller, orgId, Capability.SETTINGS_MANAGE);
		if (update.mspPortalEnabled() != null && !caller.superAdmin()) {
			throw ProblemException.forbidden("Only SuperAdmins turn the MSP portal on or off.");
		}
		Organization before = locked(orgId);
		Organization updated = before.updatedBy(update);
		this.repository.update(updated);
		this.events.publishEvent(AuditEvent.of(orgId, "org.updated", orgId, before.changesTo(updated))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return updated;
	}

	/** Hides the org from lists and makes it read-only; nothing is deleted (SuperAdmin). */
	@Transactional
	public Organization archive(CurrentUser caller, UUID orgId) {
		return setArchived(caller, orgId, true);
	}

	@Transactional
	public Organization unarchive(CurrentUser caller, UUID orgId) {
		return setArchived(caller, orgId, false);
	}

	private Organization setArchived(CurrentUser caller, UUID orgId, boolean archived) {
		this.access.requireVisible(caller, orgId);
		if (!caller.superAdmin()) {
			throw ProblemException.forbidden("Only SuperAdmins archive and restore organizations.");
		}
		Organization updated = locked(orgId).withArchived(archived);
		this.repository.update(updated);
		this.events.publishEvent(AuditEvent.platform(archived ? "org.archived" : "org.unarchived", orgId, Map.of())
			.withAlsoIn(orgId));
		return updated;
	}

	private Organization locked(UUID orgId) {
		return this.repository.lockById(orgId).orElseThrow(() -> OrgNotVisible.forId(orgId));
	}

	/**
	 * The platform's directory of every org, archived ones included, by name (SuperAdmin). For
	 * anyone else it does not exist.
	 */
	public List<Organization> directory(CurrentUser caller, String nameContains) {
		requireDirectory(caller);
		return this.repository.search(nameContains, DIRECTORY_LIMIT);
	}

	/** Refuses everyone but SuperAdmins with a 404: the directory is not theirs to know of. */
	public void requireDirectory(CurrentUser caller) {
		if (!caller.superAdmin()) {
			throw ProblemException.notFound("No such page.");
		}
	}

	public Organization get(CurrentUser caller, UUID orgId) {
		this.access.requireVisible(caller, orgId);
		return this.repository.findById(orgId).orElseThrow(() -> OrgNotVisible.forId(orgId));
	}

	/** The orgs the caller reaches, by name. */
	public List<VisibleOrganization> reachable(CurrentUser caller, boolean includeArchived) {
		Map<UUID, OrgAccess> accesses = this.access.reachable(caller, includeArchived)
			.stream()
			.collect(Collectors.toMap(OrgAccess::orgId, Function.identity()));
		return this.repository.findAllById(accesses.keySet())
			.stream()
			.map((org) -> new VisibleOrganization(org, accesses.get(org.id())))
			.toList();
	}

}
