package io.tenantry.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.access.OrgNotVisible;
import io.tenantry.compliance.SummaryRepository.ClientRow;
import io.tenantry.compliance.SummaryRepository.SummaryRow;
import io.tenantry.identity.CurrentUser;
import io.tenantry.msp.MspClients;
import io.tenantry.msp.MspClients.ClientReach;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboards read the per-org summary rows, so their cost grows with the number of orgs, not with
 * scan history. A row whose applied override has expired is recomputed when read.
 */
@Service
public class ComplianceDashboard {

	private static final int TREND_SCANS = 30;

	private final SummaryRepository summaries;

	private final SummaryUpdater updater;

	private final ScanRepository scans;

	private final OrgDirectory directory;

	private final MspClients mspClients;

	private final AccessService access;

	private final Clock clock;

	ComplianceDashboard(SummaryRepository summaries, SummaryUpdater updater, ScanRepository scans,
			OrgDirectory directory, MspClients mspClients, AccessService access, Clock clock) {
		this.summaries = summaries;
		this.updater = updater;
		this.scans = scans;
		this.directory = directory;
		this.mspClients = mspClients;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public OrgSummary summary(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		Instant now = this.clock.instant();
		SummaryRow row = current(this.summaries.find(orgId).orElseGet(() -> SummaryRow.never(orgId)), now);
		int staleAfterDays = this.directory.find(orgId)
			.map(Organization::scanStaleAfterDays)
			.orElse(Organization.DEFAULT_SCAN_STALE_AFTER_DAYS);
		return new OrgSummary(orgId, row.complianceScore(), row.lastScanAt(),
				ScanStatus.of(row.lastScanAt(), staleAfterDays, now), row.passing(), row.failing(),
				row.criticalFailing(), row.highFailing());
	}

	@Transactional(readOnly = true)
	public List<ScorePoint> trend(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		return this.scans.trend(orgId, TREND_SCANS);
	}

	/**
	 * The MSP's clients that the caller reaches, worst score first (never-scanned last). A read
	 * of statements each on its own, outside a transaction: a due row is recomputed in one of its own.
	 */
	public ClientDashboard clients(CurrentUser caller, UUID mspOrgId) {
		ClientReach reach = this.mspClients.clientReach(caller, mspOrgId);
		Instant now = this.clock.instant();
		List<ClientSummary> cards = this.summaries.clientsOf(mspOrgId, reach.only())
			.stream()
			.map((client) -> card(current(client, now), now))
			.sorted(Comparator.comparing(ClientSummary::complianceScore, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ClientSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new ClientDashboard(cards);
	}

	private static ClientSummary card(ClientRow client, Instant now) {
		return new ClientSummary(client.orgId(), client.name(), client.tier(), client.complianceScore(),
				client.lastScanAt(), ScanStatus.of(client.lastScanAt(), client.scanStaleAfterDays(), now),
				client.criticalFailing(), client.highFailing());
	}

	/** The MSP-enabled orgs the caller reaches, by name: whose Client Dashboards it may open. */
	public List<Organization> mspOrgs(CurrentUser caller) {
		return this.directory.findAll(this.access.reachable(caller, false)
			.stream()
			.filter(OrgAccess::mspPortalEnabled)
			.map(OrgAccess::orgId)
			.toList());
	}

	/** The org a compliance page is about, if the caller may read it; 404/403 otherwise. */
	public OrgPage page(CurrentUser caller, UUID orgId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		String name = this.directory.find(orgId).map(Organization::name).orElseThrow(() -> OrgNotVisible.forId(orgId));
		return new OrgPage(orgId, name, access.can(Capability.OVERRIDE_CREATE), access.can(Capability.SCAN_IMPORT),
				access.can(Capability.COMMENT_CREATE), access.can(Capability.ASSIGNMENT_MANAGE),
				access.can(Capability.ROADMAP_MANAGE), access.can(Capability.REMEDIATION_TRIGGER));
	}

	/** The row as it stands now: one that an expired override made stale is recomputed. */
	private SummaryRow current(SummaryRow row, Instant now) {
		return row.due(now) ? this.updater.recompute(row.orgId()) : row;
	}

	private ClientRow current(ClientRow client, Instant now) {
		return client.due(now) ? client.with(this.updater.recompute(client.orgId())) : client;
	}

}
