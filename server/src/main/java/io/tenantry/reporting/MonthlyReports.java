package io.tenantry.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.access.OrgNotVisible;
import io.tenantry.compliance.ComplianceHistory;
import io.tenantry.compliance.CompliancePeriod;
import io.tenantry.compliance.ControlView;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;
import io.tenantry.portal.Brandings;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly summary of an org's compliance, a PDF in the client's branding: score at the month's
 * end and its change over the month, scan status, alerts, the score trend of the month's scans and
 * the top failing controls by severity.
 */
@Service
public class MonthlyReports {

	private static final int TOP_FAILING = 10;

	private final ComplianceHistory history;

	private final OrgDirectory directory;

	private final Brandings brandings;

	private final PdfRenderer renderer;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonthlyReports(ComplianceHistory history, OrgDirectory directory, Brandings brandings, PdfRenderer renderer,
			AccessService access, ApplicationEventPublisher events, Clock clock) {
		this.history = history;
		this.directory = directory;
		this.brandings = brandings;
		this.renderer = renderer;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The month's report ({@code YYYY-MM}, the current month when null), audited as downloaded. */
	@Transactional
	public ReportFile download(CurrentUser caller, UUID orgId, @Nullable String month) {
		OrgAccess access = this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		YearMonth covered = ReportMonths.parse(month, this.clock.instant());
		ReportFile file = pdf(caller, orgId, covered);
		this.events.publishEvent(ReportDownloads.event(access, "monthly", covered, Map.of("month", covered.toString())));
		return file;
	}

	/** The month's report, unaudited: for downloads that include it. */
	ReportFile pdf(CurrentUser caller, UUID orgId, YearMonth month) {
		Instant now = this.clock.instant();
		Instant from = ReportMonths.start(month);
		Instant to = ReportMonths.end(month, now);
		CompliancePeriod compliance = this.history.period(caller, orgId, from, to);
		String orgName = this.directory.find(orgId).map(Organization::name).orElseThrow(() -> OrgNotVisible.forId(orgId));
		List<ControlView> topFailing = compliance.controls()
			.stream()
			.filter((control) -> control.status() == ResultStatus.FAIL)
			.sorted(Comparator.comparing(ControlView::severity).thenComparing(ControlView::controlId))
			.limit(TOP_FAILING)
			.toList();
		String logo = this.brandings.logo(orgId)
			.map((image) -> "data:" + image.contentType() + ";base64," + Base64.getEncoder().encodeToString(image.bytes()))
			.orElse(null);
		MonthlyReport report = new MonthlyReport(orgName, this.brandings.of(orgId), logo, month, compliance, topFailing,
				ScoreChart.of(compliance.scans(), from, ReportMonths.start(month.plusMonths(1))), now);
		byte[] pdf = this.renderer.render("reporting/monthly", Map.of("report", report));
		return new ReportFile("monthly-report-" + month + ".pdf", ReportFile.PDF, pdf);
	}

}
