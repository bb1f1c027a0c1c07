package io.tenantry.scanning.web;

import java.io.InputStream;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.compliance.ScanView;
import io.tenantry.identity.CurrentUser;
import io.tenantry.scanning.ScanSettings;
import io.tenantry.scanning.ScanSettingsService;
import io.tenantry.scanning.ScanTriggers;
import io.tenantry.scanning.UpdateScanSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/orgs/{orgId}")
class ScanningApiController {

	private static final String BEARER = "Bearer ";

	private final ScanSettingsService settings;

	private final ScanTriggers triggers;

	ScanningApiController(ScanSettingsService settings, ScanTriggers triggers) {
		this.settings = settings;
		this.triggers = triggers;
	}

	@GetMapping("/scan-settings")
	@Operation(summary = "The org's scan webhook, remediation webhook, schedule and stale-after days (no secret)")
	@ApiResponse(responseCode = "200", description = "The settings")
	@ApiResponse(responseCode = "403", description = "Lacks credentials:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	ScanSettings getSettings(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.settings.get(caller, orgId);
	}

	@PutMapping("/scan-settings")
	@Operation(summary = "Replace the scanning settings; the webhook secret is write-only")
	@ApiResponse(responseCode = "200", description = "Stored")
	@ApiResponse(responseCode = "400", description = "Invalid field")
	@ApiResponse(responseCode = "403", description = "Lacks credentials:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	@ApiResponse(responseCode = "422", description = "A webhook URL outbound calls may not reach")
	ScanSettings putSettings(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestBody UpdateScanSettings update) {
		return this.settings.update(caller, orgId, update);
	}

	@PostMapping("/scans")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Trigger a scan through the org's webhook")
	@ApiResponse(responseCode = "202", description = "Queued and sent: RUNNING, or FAILED when the webhook did not take it")
	@ApiResponse(responseCode = "403", description = "Lacks scan:trigger")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	@ApiResponse(responseCode = "422", description = "No webhook configured")
	ScanView trigger(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.triggers.trigger(caller, orgId, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}

	@PostMapping("/scans/{scanId}/callback")
	@Operation(summary = "The scanner's results (native format) for a triggered scan, once, with its callback token")
	@ApiResponse(responseCode = "200", description = "Stored; the scan is COMPLETED")
	@ApiResponse(responseCode = "400", description = "Not valid JSON (the scan FAILED)")
	@ApiResponse(responseCode = "401", description = "No or a wrong callback token")
	@ApiResponse(responseCode = "409", description = "The token was already used")
	@ApiResponse(responseCode = "422", description = "Not native results (the scan FAILED)")
	ScanView callback(@PathVariable UUID orgId, @PathVariable UUID scanId,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestHeader(name = "X-Callback-Token", required = false) @Nullable String callbackToken,
			InputStream body) {
		String token = (callbackToken != null) ? callbackToken
				: (authorization != null && authorization.startsWith(BEARER)) ? authorization.substring(BEARER.length()).trim() : "";
		return this.triggers.complete(orgId, scanId, token, body);
	}

}
