package io.tenantry.compliance.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.compliance.ClientDashboard;
import io.tenantry.compliance.ComplianceDashboard;
import io.tenantry.compliance.OrgSummary;
import io.tenantry.compliance.ScorePoint;
import io.tenantry.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardApiController {

	private final ComplianceDashboard dashboard;

	DashboardApiController(ComplianceDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/v1/orgs/{orgId}/compliance/summary")
	@Operation(summary = "The org's score, scan status and alert counts")
	@ApiResponse(responseCode = "200", description = "The summary")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	OrgSummary summary(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.dashboard.summary(caller, orgId);
	}

	@GetMapping("/api/v1/orgs/{orgId}/compliance/trend")
	@Operation(summary = "Scores of the org's recent completed scans, oldest first")
	@ApiResponse(responseCode = "200", description = "The trend")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	List<ScorePoint> trend(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.dashboard.trend(caller, orgId);
	}

	@GetMapping("/api/v1/msp/{mspOrgId}/dashboard")
	@Operation(summary = "Client Dashboard: every client of the MSP the caller reaches")
	@ApiResponse(responseCode = "200", description = "The clients with score, scan status and alerts")
	@ApiResponse(responseCode = "404", description = "MSP org not visible")
	ClientDashboard clients(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId) {
		return this.dashboard.clients(caller, mspOrgId);
	}

}
