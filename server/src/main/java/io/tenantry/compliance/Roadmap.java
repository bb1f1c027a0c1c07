package io.tenantry.compliance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** An org's remediation roadmap: read with {@code compliance:read}, planned and changed with {@code roadmap:manage}. */
@Service
@Validated
public class Roadmap {

	private final RoadmapRepository items;

	private final CatalogRepository catalog;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Roadmap(RoadmapRepository items, CatalogRepository catalog, AccessService access, ApplicationEventPublisher events,
			Clock clock) {
		this.items = items;
		this.catalog = catalog;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The org's items, soonest target first. */
	@Transactional(readOnly = true)
	public List<RoadmapItem> list(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		return this.items.list(orgId);
	}

	@Transactional
	public RoadmapItem create(CurrentUser caller, UUID orgId, @Valid CreateRoadmapItem command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.ROADMAP_MANAGE);
		this.catalog.require(orgId, command.controlId().trim());
		RoadmapItem item = RoadmapItem.plan(command, caller.email(), this.clock.instant());
		this.items.insert(orgId, item, caller.id());
		publish(access, "roadmap.created", item);
		return item;
	}

	@Transactional
	public RoadmapItem update(CurrentUser caller, UUID orgId, UUID itemId, @Valid UpdateRoadmapItem change) {
		OrgAccess access = this.access.require(caller, orgId, Capability.ROADMAP_MANAGE);
		RoadmapItem item = find(orgId, itemId).change(change, this.clock.instant());
		this.items.update(orgId, item);
		publish(access, "roadmap.updated", item);
		return item;
	}

	@Transactional
	public void delete(CurrentUser caller, UUID orgId, UUID itemId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.ROADMAP_MANAGE);
		RoadmapItem item = find(orgId, itemId);
		this.items.delete(orgId, itemId);
		publish(access, "roadmap.deleted", item);
	}

	private RoadmapItem find(UUID orgId, UUID itemId) {
		return this.items.find(orgId, itemId)
			.orElseThrow(() -> ProblemException.notFound("No roadmap item " + itemId + "."));
	}

	private void publish(OrgAccess access, String action, RoadmapItem item) {
		this.events.publishEvent(AuditEvent.of(access.orgId(), action, item.id(), item.auditDetails())
			.withOnBehalfOf(access.actingThrough(), access.tier()));
	}

}
