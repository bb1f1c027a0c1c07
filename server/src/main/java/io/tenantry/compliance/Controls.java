package io.tenantry.compliance;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.compliance.ScanRepository.ScannedControl;
import io.tenantry.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an org's controls with their effective status, and one control's history and work. */
@Service
@Transactional(readOnly = true)
public class Controls {

	private final EffectiveControls effective;

	private final CatalogRepository catalog;

	private final ScanRepository scans;

	private final OverrideRepository overrides;

	private final Assignments assignments;

	private final CommentRepository comments;

	private final RoadmapRepository roadmap;

	private final RemediationRepository remediations;

	private final AccessService access;

	private final Clock clock;

	Controls(EffectiveControls effective, CatalogRepository catalog, ScanRepository scans,
			OverrideRepository overrides, Assignments assignments, CommentRepository comments, RoadmapRepository roadmap,
			RemediationRepository remediations, AccessService access, Clock clock) {
		this.effective = effective;
		this.catalog = catalog;
		this.scans = scans;
		this.overrides = overrides;
		this.assignments = assignments;
		this.comments = comments;
		this.roadmap = roadmap;
		this.remediations = remediations;
		this.access = access;
		this.clock = clock;
	}

	/** The controls of the org's latest scan, with effective status, filtered. */
	public List<ControlView> list(CurrentUser caller, UUID orgId, ControlFilter filter) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		return this.effective.of(orgId, this.clock.instant()).controls().stream().filter(filter::matches).toList();
	}

	public ControlDetail get(CurrentUser caller, UUID orgId, String controlId) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		ControlDefinition control = this.catalog.require(orgId, controlId);
		ControlView current = this.effective.of(orgId, this.clock.instant())
			.controls()
			.stream()
			.filter((view) -> view.controlId().equals(controlId))
			.findFirst()
			.orElse(null);
		// The org's newest scan of the control titles it as that scan's file did; else the catalogue's entry.
		Optional<ScannedControl> scanned = this.scans.newestScanned(orgId, controlId);
		String title = scanned.map(ScannedControl::title).orElse(control.title());
		Severity severity = scanned.map(ScannedControl::severity).orElse(control.severity());
		return new ControlDetail(control.controlId(), control.frameworkId(), title, control.description(), severity,
				current, this.scans.history(orgId, controlId),
				this.overrides.forControl(orgId, controlId), this.assignments.assigneeOf(orgId, controlId).orElse(null),
				this.comments.forControl(orgId, controlId), this.roadmap.forControl(orgId, controlId),
				this.remediations.forControl(orgId, controlId));
	}

	/** The frameworks controls can be filtered by. */
	public List<String> frameworks() {
		return this.catalog.frameworkIds();
	}

}
