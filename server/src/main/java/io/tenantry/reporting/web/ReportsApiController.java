package io.tenantry.reporting.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.reporting.ControlsReports;
import io.tenantry.reporting.MonthlyReports;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orgs/{orgId}/reports")
class ReportsApiController {

	private final MonthlyReports monthlyReports;

	private final ControlsReports controlsReports;

	ReportsApiController(MonthlyReports monthlyReports, ControlsReports controlsReports) {
		this.monthlyReports = monthlyReports;
		this.controlsReports = controlsReports;
	}

	@GetMapping("/monthly")
	@Operation(summary = "The monthly summary PDF of a month (YYYY-MM, UTC; the current month by default)")
	@ApiResponse(responseCode = "200", description = "application/pdf attachment; the download is audited")
	@ApiResponse(responseCode = "400", description = "The month is not YYYY-MM")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	@ApiResponse(responseCode = "422", description = "The month lies in the future")
	ResponseEntity<byte[]> monthly(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String month) {
		return Downloads.of(this.monthlyReports.download(caller, orgId, month));
	}

	@GetMapping("/controls.csv")
	@Operation(summary = "Every control of the latest scan with its effective status, as CSV")
	@ApiResponse(responseCode = "200", description = "text/csv attachment; the download is audited")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	ResponseEntity<byte[]> controls(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return Downloads.of(this.controlsReports.download(caller, orgId));
	}

}
