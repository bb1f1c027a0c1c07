package io.tenantry.compliance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of remediations requested for a control. The call of the org's remediation webhook
 * belongs to scanning, which holds the webhooks; it records here how the call went.
 */
@Service
public class Remediations {

	private final RemediationRepository remediations;

	private final CatalogRepository catalog;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	Remediations(RemediationRepository remediations, CatalogRepository catalog, AccessService access,
			ApplicationEventPublisher events) {
		this.remediations = remediations;
		this.catalog = catalog;
		this.access = access;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<RemediationView> list(CurrentUser caller, UUID orgId, String controlId) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		this.catalog.require(orgId, controlId);
		return this.remediations.forControl(orgId, controlId);
	}

	/** Refuses a control unknown to the org (404) before anything is sent for it. */
	public void requireControl(UUID orgId, String controlId) {
		this.catalog.require(orgId, controlId);
	}

	/** Records a remediation requested with the access the caller's handler checked, audited with it. */
	@Transactional
	public RemediationView record(OrgAccess access, UUID requestedBy, RemediationView remediation) {
		this.remediations.insert(access.orgId(), remediation, requestedBy);
		this.events.publishEvent(AuditEvent.of(access.orgId(), "remediation.triggered", remediation.controlId(),
				Map.of("remediationId", remediation.id().toString(), "status", remediation.status().name(),
						"detail", remediation.detail()))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return remediation;
	}

}
