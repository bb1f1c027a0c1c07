package io.tenantry.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import io.tenantry.portal.PortalAccess;
import io.tenantry.portal.PortalAccess.Portal;
import io.tenantry.portal.PortalModule;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The client portal's Reports module: the last twelve monthly reports and the bundles the MSP
 * shared, downloaded from the portal. A portal that hides the module has none of it (404).
 */
@Service
public class PortalReports {

	private static final int MONTHS = 12;

	private final PortalAccess portals;

	private final MonthlyReports monthlyReports;

	private final EvidenceBundles bundles;

	private final Clock clock;

	PortalReports(PortalAccess portals, MonthlyReports monthlyReports, EvidenceBundles bundles, Clock clock) {
		this.portals = portals;
		this.monthlyReports = monthlyReports;
		this.bundles = bundles;
		this.clock = clock;
	}

	/** What the Reports page lists. */
	public record Page(Portal portal, List<YearMonth> months, List<EvidenceBundle> bundles) {
	}

	/** The Reports page of the caller's portal at this host, its view audited; newest month first. */
	public Page page(CurrentUser caller, @Nullable String host) {
		Portal portal = this.portals.open(caller, host, PortalModule.REPORTS);
		YearMonth current = ReportMonths.current(this.clock.instant());
		List<YearMonth> months = Stream.iterate(current, (month) -> month.minusMonths(1)).limit(MONTHS).toList();
		return new Page(portal, months, this.bundles.list(caller, portal.org().id()));
	}

	public ReportFile monthly(CurrentUser caller, @Nullable String host, String month) {
		return this.monthlyReports.download(caller, reportsPortal(caller, host), month);
	}

	public EvidenceArchive bundle(CurrentUser caller, @Nullable String host, UUID bundleId) {
		return this.bundles.download(caller, reportsPortal(caller, host), bundleId);
	}

	/** The org of the caller's portal at this host, if it shows reports. */
	private UUID reportsPortal(CurrentUser caller, @Nullable String host) {
		Portal portal = this.portals.portalOf(caller, host);
		if (!portal.modules().shows(PortalModule.REPORTS)) {
			throw ProblemException.notFound("No such page.");
		}
		return portal.org().id();
	}

}
