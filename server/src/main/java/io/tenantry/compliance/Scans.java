package io.tenantry.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores scans whole or not at all, and reads them back through the caller's access. */
@Service
public class Scans {

	private static final int LIST_LIMIT = 500;

	private final ScanRepository scans;

	private final CatalogRepository catalog;

	private final SummaryUpdater summaries;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Scans(ScanRepository scans, CatalogRepository catalog, SummaryUpdater summaries, AccessService access,
			ApplicationEventPublisher events, Clock clock) {
		this.scans = scans;
		this.catalog = catalog;
		this.summaries = summaries;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a completed scan with every finding in one transaction, creating unknown controls in their
	 * frameworks, brings the org's summary up to date and audits it. {@code access} is the caller's,
	 * already checked for the capability that lets it submit the scan.
	 */
	@Transactional
	public ScanView record(OrgAccess access, @Nullable UUID actorId, ScanSubmission submission) {
		return store(access, actorId, null, submission);
	}

	/**
	 * Queues a scan that an outside scanner will run, audited as triggered. {@code access} is the
	 * caller's, already checked for {@code scan:trigger}.
	 */
	@Transactional
	public ScanView queue(OrgAccess access, @Nullable UUID actorId) {
		Instant now = this.clock.instant();
		ScanView scan = new ScanView(UUID.randomUUID(), ScanState.QUEUED, ScanSource.WEBHOOK, null, null, null, null,
				0, 0, null, null);
		this.scans.insert(access.orgId(), scan, actorId, now);
		this.events.publishEvent(AuditEvent.of(access.orgId(), "scan.triggered", scan.id(), Map.of())
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return scan;
	}

	/** Marks a queued scan as running, from when its scanner accepted it; false when it is no longer queued. */
	@Transactional
	public boolean markRunning(UUID orgId, UUID scanId) {
		return this.scans.transition(orgId, scanId, List.of(ScanState.QUEUED), ScanState.RUNNING, this.clock.instant(),
				null);
	}

	/** Fails a scan that is still queued or running, with the reason stored and audited; false when it had finished. */
	@Transactional
	public boolean fail(UUID orgId, UUID scanId, String reason) {
		boolean failed = this.scans.transition(orgId, scanId, List.of(ScanState.QUEUED, ScanState.RUNNING),
				ScanState.FAILED, this.clock.instant(), reason);
		if (failed) {
			this.events.publishEvent(AuditEvent.of(orgId, "scan.failed", scanId, Map.of("reason", reason)));
		}
		return failed;
	}

	/**
	 * Completes a queued or running scan with its scanner's results, stored as {@link #record} stores
	 * an import; a scan that has already finished is a conflict.
	 */
	@Transactional
	public ScanView complete(OrgAccess access, @Nullable UUID actorId, UUID scanId, ScanSubmission submission) {
		return store(access, actorId, scanId, submission);
	}

	private ScanView store(OrgAccess access, @Nullable UUID actorId, @Nullable UUID pendingScanId,
			ScanSubmission submission) {
		UUID orgId = access.orgId();
		if (submission.findings().isEmpty()) {
			throw ProblemException.unprocessable("no_results", "The scan has no results to store.");
		}
		Map<String, ControlDefinition> definedByFile = catalogue(submission.findings());
		Map<String, ResultStatus> statuses = ResultStatus.byControl(submission.findings());
		int passed = (int) statuses.values().stream().filter((status) -> status == ResultStatus.PASS).count();
		int failed = (int) statuses.values().stream().filter((status) -> status == ResultStatus.FAIL).count();
		Instant now = this.clock.instant();
		Instant startedAt = (submission.scannedAt() != null) ? submission.scannedAt() : now;
		ScanView scan = new ScanView((pendingScanId != null) ? pendingScanId : UUID.randomUUID(), ScanState.COMPLETED,
				submission.source(), submission.format(), submission.tenant(), startedAt, now, passed, failed,
				ComplianceScore.of(passed, failed), null);
		if (pendingScanId == null) {
			this.scans.insert(orgId, scan, actorId, now);
		}
		else if (!this.scans.completePending(orgId, scan)) {
			throw ProblemException.conflict("The scan " + pendingScanId + " has already finished.");
		}
		this.scans.insertResults(orgId, scan.id(), submission.findings());
		this.scans.insertControlStatuses(orgId, scan.id(), statuses, definedByFile);
		this.summaries.recompute(orgId);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("source", scan.source().name());
		details.put("format", String.valueOf(scan.format()));
		details.put("findings", submission.findings().size());
		details.put("passed", passed);
		details.put("failed", failed);
		details.put("complianceScore", String.valueOf(scan.complianceScore()));
		this.events.publishEvent(AuditEvent.of(orgId, (scan.source() == ScanSource.IMPORT) ? "scan.imported" : "scan.completed",
				scan.id(), details).withOnBehalfOf(access.actingThrough(), access.tier()));
		return scan;
	}

	/** The org's scans, newest first. */
	public List<ScanView> list(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		return this.scans.list(orgId, LIST_LIMIT);
	}

	public ScanDetail get(CurrentUser caller, UUID orgId, UUID scanId) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		ScanView scan = this.scans.find(orgId, scanId)
			.orElseThrow(() -> ProblemException.notFound("No scan " + scanId + " in this organization."));
		return new ScanDetail(scan, this.scans.results(orgId, scanId));
	}

	/**
	 * Adds the findings' controls the catalogue lacks, and returns, by id, the file's definitions of
	 * the controls of frameworks that imports define (Prowler checks, Maester tests, custom controls)
	 * that no shipped framework holds: the scan keeps them, and the catalogue entry, shared by every
	 * org, never changes with a file.
	 */
	private Map<String, ControlDefinition> catalogue(List<Finding> findings) {
		Map<FrameworkRef, Map<String, ControlDefinition>> byFramework = new LinkedHashMap<>();
		for (Finding finding : findings) {
			byFramework.computeIfAbsent(finding.framework(), (framework) -> new LinkedHashMap<>())
				.putIfAbsent(finding.controlId(), new ControlDefinition(finding.controlId(), finding.framework().id(),
						finding.title(), null, finding.severity()));
		}
		Map<String, ControlDefinition> definedByFile = new HashMap<>();
		byFramework.forEach((framework, controls) -> {
			this.catalog.upsertFramework(framework, null);
			Set<String> definable = this.catalog.addFileControls(controls.values());
			if (framework.importOwned()) {
				definable.forEach((controlId) -> definedByFile.put(controlId, controls.get(controlId)));
			}
		});
		return definedByFile;
	}

}
