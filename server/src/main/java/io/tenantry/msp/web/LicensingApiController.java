package io.tenantry.msp.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.msp.ClientLicensing;
import io.tenantry.msp.Licensing;
import io.tenantry.msp.SetLicense;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/msp/{mspOrgId}/licensing")
@ApiResponse(responseCode = "403", description = "The caller lacks msp:manage in the MSP org")
@ApiResponse(responseCode = "404", description = "The MSP org is not visible or has no MSP portal, or no such client")
class LicensingApiController {

	private final Licensing licensing;

	LicensingApiController(Licensing licensing) {
		this.licensing = licensing;
	}

	@GetMapping
	@Operation(summary = "Licensing KPIs and seats per client")
	ClientLicensing overview(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId) {
		return this.licensing.overview(caller, mspOrgId);
	}

	@PutMapping("/{clientOrgId}")
	@Operation(summary = "Record a client's licence type and seat limit (0 = unlimited)")
	@ApiResponse(responseCode = "200", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Unknown licence type, or a missing or negative seat limit")
	ClientLicensing.Row set(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId,
			@PathVariable UUID clientOrgId, @Valid @RequestBody SetLicense command) {
		return this.licensing.set(caller, mspOrgId, clientOrgId, command);
	}

}
