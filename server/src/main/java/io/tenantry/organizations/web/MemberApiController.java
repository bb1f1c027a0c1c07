package io.tenantry.organizations.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.AddMember;
import io.tenantry.organizations.ChangeMemberRole;
import io.tenantry.organizations.Member;
import io.tenantry.organizations.Memberships;
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
@RequestMapping("/api/v1/orgs/{orgId}/members")
class MemberApiController {

	private final Memberships memberships;

	MemberApiController(Memberships memberships) {
		this.memberships = memberships;
	}

	@GetMapping
	@Operation(summary = "The org's members and their roles")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	List<Member> list(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.memberships.list(caller, orgId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a member by email; an unknown email is invited (members:manage)")
	@ApiResponse(responseCode = "201", description = "Added")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "403", description = "Lacks members:manage")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	@ApiResponse(responseCode = "409", description = "Already a member (code already_member)")
	@ApiResponse(responseCode = "422", description = "SERVICE_PROVIDER outside an MSP org, or not a membership role")
	Member add(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody AddMember command) {
		return this.memberships.add(caller, orgId, command);
	}

	@PatchMapping("/{userId}")
	@Operation(summary = "Change a member's role (members:manage)")
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "403", description = "Lacks members:manage")
	@ApiResponse(responseCode = "404", description = "Unknown org or member")
	@ApiResponse(responseCode = "409", description = "Would leave the org without an OrgAdmin (code last_org_admin)")
	@ApiResponse(responseCode = "422", description = "SERVICE_PROVIDER outside an MSP org, or not a membership role")
	Member changeRole(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable UUID userId, @Valid @RequestBody ChangeMemberRole command) {
		return this.memberships.changeRole(caller, orgId, userId, command);
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member (members:manage)")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "403", description = "Lacks members:manage")
	@ApiResponse(responseCode = "404", description = "Unknown org or member")
	@ApiResponse(responseCode = "409", description = "Would leave the org without an OrgAdmin (code last_org_admin)")
	void remove(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID userId) {
		this.memberships.remove(caller, orgId, userId);
	}

}
