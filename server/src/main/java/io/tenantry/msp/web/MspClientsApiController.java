package io.tenantry.msp.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.msp.AddClient;
import io.tenantry.msp.ChangeTier;
import io.tenantry.msp.MspClient;
import io.tenantry.msp.MspClients;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/msp/{mspOrgId}/clients")
@ApiResponse(responseCode = "403", description = "The caller lacks msp:manage in the MSP org")
@ApiResponse(responseCode = "404", description = "The MSP org is not visible or has no MSP portal")
class MspClientsApiController {

	private final MspClients clients;

	MspClientsApiController(MspClients clients) {
		this.clients = clients;
	}

	@GetMapping
	@Operation(summary = "The MSP's clients with their tiers")
	List<MspClient> list(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId) {
		return this.clients.list(caller, mspOrgId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make an org a client of the MSP at a tier",
			description = "A SuperAdmin may relate any org; an MSP OrgAdmin only an org it is a direct OrgAdmin of.")
	@ApiResponse(responseCode = "201", description = "Added")
	@ApiResponse(responseCode = "400", description = "Missing fields or unknown tier")
	@ApiResponse(responseCode = "404", description = "No such MSP, or no such org that the caller administers")
	@ApiResponse(responseCode = "409", description = "Already a client")
	@ApiResponse(responseCode = "422", description = "The MSP itself, or an archived org")
	MspClient add(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId,
			@Valid @RequestBody AddClient command) {
		return this.clients.add(caller, mspOrgId, command);
	}

	@PatchMapping("/{clientOrgId}")
	@Operation(summary = "Change a client's tier; applies to the next request")
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "422", description = "The client is archived")
	MspClient changeTier(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId,
			@PathVariable UUID clientOrgId, @Valid @RequestBody ChangeTier command) {
		return this.clients.changeTier(caller, mspOrgId, clientOrgId, command);
	}

	@DeleteMapping("/{clientOrgId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End the relationship with a client")
	@ApiResponse(responseCode = "204", description = "Removed")
	void remove(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId, @PathVariable UUID clientOrgId) {
		this.clients.remove(caller, mspOrgId, clientOrgId);
	}

}
