package io.tenantry.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

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

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	/** The brand's colour, written into the PDF's stylesheet as is: only ever a {@code #rrggbb} value. */
	public String color() {
		return COLOR.matcher(this.branding.primaryColor()).matches() ? this.branding.primaryColor()
				: Branding.DEFAULT.primaryColor();
	}

}
