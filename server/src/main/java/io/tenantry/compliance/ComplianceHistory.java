package io.tenantry.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.compliance.EffectiveControls.Snapshot;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An org's compliance as it stood in the past, for reports. */
@Service
@Transactional(readOnly = true)
public class ComplianceHistory {

	private final EffectiveControls effective;

	private final ScanRepository scans;

	private final OrgDirectory directory;

	private final AccessService access;

	ComplianceHistory(EffectiveControls effective, ScanRepository scans, OrgDirectory directory,
			AccessService access) {
		this.effective = effective;
		this.scans = scans;
		this.directory = directory;
		this.access = access;
	}

	/** The org's compliance from {@code from} until before {@code to}; {@code to} must not be in the future. */
	public CompliancePeriod period(CurrentUser caller, UUID orgId, Instant from, Instant to) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		Snapshot end = this.effective.asOf(orgId, to);
		Snapshot start = this.effective.asOf(orgId, from);
		int staleAfterDays = this.directory.find(orgId)
			.map(Organization::scanStaleAfterDays)
			.orElse(Organization.DEFAULT_SCAN_STALE_AFTER_DAYS);
		Instant lastScanAt = (end.scan() != null) ? end.scan().completedAt() : null;
		return new CompliancePeriod(end.scan(), score(end), score(start),
				ScanStatus.of(lastScanAt, staleAfterDays, to), end.failing(Severity.CRITICAL),
				end.failing(Severity.HIGH), this.scans.trend(orgId, from, to), end.controls());
	}

	private static @Nullable BigDecimal score(Snapshot snapshot) {
		return ComplianceScore.of(snapshot.count(ResultStatus.PASS), snapshot.count(ResultStatus.FAIL));
	}

}
