package io.tenantry.portal.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.portal.PortalSettings;
import io.tenantry.portal.PortalSettingsService;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orgs/{orgId}/portal-settings")
class PortalSettingsApiController {

	private final PortalSettingsService settings;

	PortalSettingsApiController(PortalSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	@Operation(summary = "Which portal modules the client's portal shows (settings:manage)")
	@ApiResponse(responseCode = "403", description = "Lacks settings:manage")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	PortalSettings get(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.settings.get(caller, orgId);
	}

	@PutMapping
	@Operation(summary = "Show or hide portal modules (settings:manage)")
	@ApiResponse(responseCode = "200", description = "Saved")
	@ApiResponse(responseCode = "400", description = "A module flag is missing")
	@ApiResponse(responseCode = "403", description = "Lacks settings:manage")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	PortalSettings update(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody PortalSettings settings) {
		return this.settings.update(caller, orgId, settings);
	}

}
