package io.tenantry.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.tenantry.compliance.CompliancePeriod;
import io.tenantry.compliance.ControlView;
import io.tenantry.portal.Branding;
import org.jspecify.annotations.Nullable;

/**
 * What the monthly summary shows: the org's compliance over the month in the client's branding.
 * {@code logo} is the client's logo as a data URI, since the PDF fetches nothing.
 */
public record MonthlyReport(String orgName, Branding branding, @Nullable String logo, YearMonth month,
		CompliancePeriod compliance, List<ControlView> topFailing, ScoreChart chart, Instant generatedAt) {
}
