package io.tenantry.portal.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.portal.Branding;
import io.tenantry.portal.Brandings;
import io.tenantry.portal.UpdateBranding;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orgs/{orgId}/branding")
class BrandingApiController {

	private final Brandings brandings;

	BrandingApiController(Brandings brandings) {
		this.brandings = brandings;
	}

	@GetMapping
	@Operation(summary = "The client's portal branding (branding:manage)")
	@ApiResponse(responseCode = "403", description = "Lacks branding:manage")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	Branding get(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.brandings.get(caller, orgId);
	}

	@PutMapping
	@Operation(summary = "Set product name, primary colour, support email and portal host; logoUrl null removes the logo "
			+ "(branding:manage)")
	@ApiResponse(responseCode = "200", description = "Saved")
	@ApiResponse(responseCode = "400", description = "Invalid fields, e.g. a colour that is not #rrggbb")
	@ApiResponse(responseCode = "403", description = "Lacks branding:manage")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	@ApiResponse(responseCode = "409", description = "Another org's portal uses the host")
	@ApiResponse(responseCode = "422",
			description = "logoUrl other than null (logo_url_read_only): upload with PUT …/branding/logo")
	Branding update(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody UpdateBranding command) {
		return this.brandings.update(caller, orgId, command);
	}

	@PutMapping(path = "/logo", consumes = { "image/png", "image/jpeg", "application/octet-stream" })
	@Operation(summary = "Upload the logo: a PNG or JPEG image of at most 256 KB as the body (branding:manage)")
	@ApiResponse(responseCode = "200", description = "Saved; logoUrl names where it is served")
	@ApiResponse(responseCode = "403", description = "Lacks branding:manage")
	@ApiResponse(responseCode = "404", description = "Unknown or not visible to the caller")
	@ApiResponse(responseCode = "422", description = "Not a PNG or JPEG (code unsupported_image), or too large (logo_too_large)")
	Branding logo(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestBody(required = false) byte @Nullable [] image) {
		return this.brandings.updateLogo(caller, orgId, image);
	}

}
