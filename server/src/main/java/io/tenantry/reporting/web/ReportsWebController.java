package io.tenantry.reporting.web;

import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.reporting.MonthlyReports;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The monthly report for staff signed in to the pages (the scans page links it). */
@Controller
class ReportsWebController {

	private final MonthlyReports monthlyReports;

	ReportsWebController(MonthlyReports monthlyReports) {
		this.monthlyReports = monthlyReports;
	}

	@GetMapping("/orgs/{orgId}/reports/monthly")
	ResponseEntity<byte[]> monthly(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String month) {
		return Downloads.of(this.monthlyReports.download(caller, orgId, month));
	}

}
