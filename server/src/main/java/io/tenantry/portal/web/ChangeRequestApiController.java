package io.tenantry.portal.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.portal.ChangeRequest;
import io.tenantry.portal.ChangeRequests;
import io.tenantry.portal.ChangeStatus;
import io.tenantry.portal.DecideChangeRequest;
import io.tenantry.portal.RaiseChangeRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ChangeRequestApiController {

	private final ChangeRequests changeRequests;

	ChangeRequestApiController(ChangeRequests changeRequests) {
		this.changeRequests = changeRequests;
	}

	@PostMapping("/api/v1/orgs/{orgId}/change-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask the org's MSP for a change (changerequest:create)")
	@ApiResponse(responseCode = "201", description = "Raised, status OPEN")
	@ApiResponse(responseCode = "400", description = "Invalid kind, target or details")
	@ApiResponse(responseCode = "403", description = "Lacks changerequest:create")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	@ApiResponse(responseCode = "422", description = "The target is not a member (code not_a_member)")
	ChangeRequest raise(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody RaiseChangeRequest command) {
		return this.changeRequests.raise(caller, orgId, command);
	}

	@GetMapping("/api/v1/orgs/{orgId}/change-requests")
	@Operation(summary = "The org's change requests, newest first")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	List<ChangeRequest> list(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.changeRequests.list(caller, orgId);
	}

	@GetMapping("/api/v1/msp/{mspOrgId}/change-requests")
	@Operation(summary = "The MSP's queue: requests of every client the caller reaches through it")
	@ApiResponse(responseCode = "404", description = "Not a visible MSP org")
	List<ChangeRequest> queue(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID mspOrgId,
			@RequestParam(required = false) @Nullable ChangeStatus status,
			@RequestParam(required = false) @Nullable UUID clientOrgId) {
		return this.changeRequests.queue(caller, mspOrgId, status, clientOrgId);
	}

	@PostMapping("/api/v1/orgs/{orgId}/change-requests/{requestId}/approve")
	@Operation(summary = "Approve: member kinds are executed and become DONE, others APPROVED (the MSP or a SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "Approved")
	@ApiResponse(responseCode = "403", description = "Not the MSP, or lacks members:manage for a member kind")
	@ApiResponse(responseCode = "404", description = "Unknown request, or org not visible")
	@ApiResponse(responseCode = "409", description = "Already decided, or the member change conflicts")
	@ApiResponse(responseCode = "422", description = "The member change is not allowed")
	ChangeRequest approve(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable UUID requestId, @Valid @RequestBody(required = false) @Nullable DecideChangeRequest decision) {
		return this.changeRequests.approve(caller, orgId, requestId, orEmpty(decision));
	}

	@PostMapping("/api/v1/orgs/{orgId}/change-requests/{requestId}/reject")
	@Operation(summary = "Reject (the MSP or a SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "Rejected")
	@ApiResponse(responseCode = "403", description = "Not the MSP, or lacks members:manage for a member kind")
	@ApiResponse(responseCode = "404", description = "Unknown request, or org not visible")
	@ApiResponse(responseCode = "409", description = "Already decided")
	ChangeRequest reject(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable UUID requestId, @Valid @RequestBody(required = false) @Nullable DecideChangeRequest decision) {
		return this.changeRequests.reject(caller, orgId, requestId, orEmpty(decision));
	}

	private static DecideChangeRequest orEmpty(@Nullable DecideChangeRequest decision) {
		return (decision != null) ? decision : new DecideChangeRequest(null);
	}

}
