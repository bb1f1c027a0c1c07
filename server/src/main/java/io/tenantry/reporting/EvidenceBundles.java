package io.tenantry.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.compliance.ScanDetail;
import io.tenantry.compliance.ScanState;
import io.tenantry.compliance.Scans;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed scans packaged as evidence. Those with {@code evidence:share} create bundles and share
 * them with the client; the client's portal users see only shared bundles (others answer 404), the
 * MSP and the client's staff see all. A download holds the scan's results as JSON and CSV and the
 * monthly report of the month the scan completed in.
 */
@Service
public class EvidenceBundles {

	private final EvidenceBundleRepository repository;

	private final Scans scans;

	private final MonthlyReports monthlyReports;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	EvidenceBundles(EvidenceBundleRepository repository, Scans scans, MonthlyReports monthlyReports,
			AccessService access, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.scans = scans;
		this.monthlyReports = monthlyReports;
		this.access = access;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public EvidenceBundle create(CurrentUser caller, UUID orgId, CreateEvidenceBundle command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.EVIDENCE_SHARE);
		ScanDetail scan = this.scans.get(caller, orgId, command.scanId());
		if (scan.scan().status() != ScanState.COMPLETED) {
			throw ProblemException.unprocessable("scan_not_completed",
					"The scan " + command.scanId() + " has not completed; only completed scans are evidence.");
		}
		EvidenceBundle bundle = new EvidenceBundle(orgId, UUID.randomUUID(), command.scanId(), command.title().strip(),
				command.shared(), caller.id(), this.clock.instant());
		this.repository.insert(bundle);
		this.events.publishEvent(AuditEvent.of(orgId, "evidence.bundle.created", bundle.id(),
				Map.of("scanId", bundle.scanId().toString(), "title", bundle.title(), "shared", bundle.shared()))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return bundle;
	}

	@Transactional(readOnly = true)
	public List<EvidenceBundle> list(CurrentUser caller, UUID orgId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		return this.repository.list(orgId, access.role().isPortalRole());
	}

	@Transactional
	public EvidenceBundle share(CurrentUser caller, UUID orgId, UUID bundleId, ShareEvidenceBundle command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.EVIDENCE_SHARE);
		EvidenceBundle bundle = visible(access, bundleId).withShared(command.shared());
		this.repository.updateShared(bundle);
		this.events.publishEvent(AuditEvent.of(orgId, "evidence.bundle.shared", bundle.id(), Map.of("shared", bundle.shared()))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return bundle;
	}

	/** The bundle's zip, audited as downloaded. */
	@Transactional
	public EvidenceArchive download(CurrentUser caller, UUID orgId, UUID bundleId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		EvidenceBundle bundle = visible(access, bundleId);
		ScanDetail scan = this.scans.get(caller, orgId, bundle.scanId());
		Csv results = new Csv("controlId", "title", "severity", "status", "resource", "message");
		scan.results()
			.forEach((result) -> results.row(result.controlId(), result.title(), result.severity(), result.status(),
					result.resource(), result.message()));
		YearMonth month = YearMonth.from(scan.scan().completedAt().atOffset(ZoneOffset.UTC));
		List<ReportFile> files = List.of(
				new ReportFile("scan.json", "application/json", this.json.writeValueAsBytes(scan)),
				new ReportFile("results.csv", ReportFile.CSV, results.toString().getBytes(StandardCharsets.UTF_8)),
				this.monthlyReports.pdf(caller, orgId, month));
		this.events.publishEvent(ReportDownloads.event(access, "evidence-bundle", bundle.id(),
				Map.of("bundleId", bundle.id().toString(), "scanId", bundle.scanId().toString())));
		return new EvidenceArchive("evidence-bundle-" + bundle.id() + ".zip", files);
	}

	/** The bundle if the caller may see it: portal users see shared bundles only. */
	private EvidenceBundle visible(OrgAccess access, UUID bundleId) {
		return this.repository.find(access.orgId(), bundleId)
			.filter((bundle) -> bundle.shared() || !access.role().isPortalRole())
			.orElseThrow(() -> ProblemException.notFound("No evidence bundle " + bundleId + " in this organization."));
	}

}
