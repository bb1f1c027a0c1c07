package io.tenantry.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.PlatformSettings;
import io.tenantry.identity.PlatformSettings.Settings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platform/settings")
class PlatformSettingsApiController {

	private final PlatformSettings settings;

	PlatformSettingsApiController(PlatformSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	@Operation(summary = "Platform settings (SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "The settings")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	Settings get(@AuthenticationPrincipal CurrentUser caller) {
		return this.settings.get(caller);
	}

	@PutMapping
	@Operation(summary = "Change platform settings (SuperAdmin); requireMfaForPrivileged makes SuperAdmins and ServiceProviders use MFA")
	@ApiResponse(responseCode = "200", description = "The new settings")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	Settings update(@AuthenticationPrincipal CurrentUser caller, @RequestBody Settings settings) {
		return this.settings.update(caller, settings);
	}

}
