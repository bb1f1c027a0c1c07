package io.tenantry.organizations.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.CreateOrganization;
import io.tenantry.organizations.Organization;
import io.tenantry.organizations.Organizations;
import io.tenantry.organizations.Organizations.VisibleOrganization;
import io.tenantry.organizations.UpdateOrganization;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orgs")
class OrganizationApiController {

	private final Organizations organizations;

	OrganizationApiController(Organizations organizations) {
		this.organizations = organizations;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an organization (SuperAdmin)")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	Organization create(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody CreateOrganization command) {
		return this.organizations.create(caller, command);
	}

	@GetMapping
	@Operation(summary = "Organizations the caller can reach")
	List<Organization> list(@AuthenticationPrincipal CurrentUser caller,
			@RequestParam(defaultValue = "false") boolean includeArchived) {
		return this.organizations.reachable(caller, includeArchived).stream().map(VisibleOrganization::organization).toList();
	}

	@GetMapping("/{orgId}")
	@Operation(summary = "One organization")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	Organization get(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.organizations.get(caller, orgId);
	}

	@PatchMapping("/{orgId}")
	@Operation(summary = "Change an organization's name, licence or settings (settings:manage; mspPortalEnabled: SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "Updated")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "403", description = "Lacks settings:manage, or sets mspPortalEnabled without being a SuperAdmin")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	Organization update(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody UpdateOrganization update) {
		return this.organizations.update(caller, orgId, update);
	}

	@PostMapping("/{orgId}/archive")
	@Operation(summary = "Archive an organization: hidden from lists, read-only, data kept (SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "Archived")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	Organization archive(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.organizations.archive(caller, orgId);
	}

	@PostMapping("/{orgId}/unarchive")
	@Operation(summary = "Restore an archived organization (SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "Restored")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	Organization unarchive(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.organizations.unarchive(caller, orgId);
	}

}
