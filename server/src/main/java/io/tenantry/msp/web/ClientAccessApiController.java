package io.tenantry.msp.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.msp.ClientAccess;
import io.tenantry.msp.SetClientAccess;
import io.tenantry.msp.TechnicianAccess;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orgs/{mspOrgId}/members/{userId}/client-access")
@ApiResponse(responseCode = "403", description = "The caller lacks msp:manage in the MSP org")
@ApiResponse(responseCode = "404", description = "The MSP org is not visible or has no MSP portal, or no such member")
@ApiResponse(responseCode = "422", description = "The member is not a ServiceProvider technician")
class ClientAccessApiController {

	private final TechnicianAccess technicians;

	ClientAccessApiController(TechnicianAccess technicians) {
		this.technicians = technicians;
	}

	@GetMapping
	@Operation(summary = "Which clients a technician reaches (none by default)")
	ClientAccess get(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId, @PathVariable UUID userId) {
		return this.technicians.get(caller, mspOrgId, userId);
	}

	@PutMapping
	@Operation(summary = "Set which clients a technician reaches: a list, or all clients but the excluded ones")
	@ApiResponse(responseCode = "200", description = "Set")
	@ApiResponse(responseCode = "400", description = "Lists that do not fit allClients")
	ClientAccess set(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId, @PathVariable UUID userId,
			@Valid @RequestBody SetClientAccess command) {
		return this.technicians.set(caller, mspOrgId, userId, command);
	}

}
