package io.tenantry.reporting.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CurrentUser;
import io.tenantry.reporting.CreateEvidenceBundle;
import io.tenantry.reporting.EvidenceBundle;
import io.tenantry.reporting.EvidenceBundles;
import io.tenantry.reporting.ShareEvidenceBundle;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orgs/{orgId}/evidence-bundles")
class EvidenceBundleApiController {

	private final EvidenceBundles bundles;

	EvidenceBundleApiController(EvidenceBundles bundles) {
		this.bundles = bundles;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Package a completed scan as an evidence bundle")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "403", description = "Lacks evidence:share")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown scan")
	@ApiResponse(responseCode = "422", description = "The scan has not completed")
	EvidenceBundle create(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody CreateEvidenceBundle command) {
		return this.bundles.create(caller, orgId, command);
	}

	@GetMapping
	@Operation(summary = "The org's evidence bundles, newest first; portal users see shared ones only")
	@ApiResponse(responseCode = "200", description = "The bundles")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	List<EvidenceBundle> list(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.bundles.list(caller, orgId);
	}

	@PatchMapping("/{bundleId}")
	@Operation(summary = "Share a bundle with the client's portal users, or withdraw it")
	@ApiResponse(responseCode = "200", description = "The bundle")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "403", description = "Lacks evidence:share")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown bundle")
	EvidenceBundle share(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable UUID bundleId, @Valid @RequestBody ShareEvidenceBundle command) {
		return this.bundles.share(caller, orgId, bundleId, command);
	}

	@GetMapping("/{bundleId}/download")
	@Operation(summary = "The bundle as a zip: the scan's results as JSON and CSV and the month's report PDF")
	@ApiResponse(responseCode = "200", description = "application/zip attachment; the download is audited")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible, unknown bundle, or not shared with a portal user")
	void download(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID bundleId,
			HttpServletResponse response) throws IOException {
		Downloads.write(this.bundles.download(caller, orgId, bundleId), response);
	}

}
