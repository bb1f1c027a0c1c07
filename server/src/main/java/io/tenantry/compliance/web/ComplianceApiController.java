package io.tenantry.compliance.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.compliance.ControlDetail;
import io.tenantry.compliance.ControlFilter;
import io.tenantry.compliance.ControlView;
import io.tenantry.compliance.Controls;
import io.tenantry.compliance.CreateOverride;
import io.tenantry.compliance.OverrideView;
import io.tenantry.compliance.Overrides;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.ScanDetail;
import io.tenantry.compliance.ScanView;
import io.tenantry.compliance.Scans;
import io.tenantry.compliance.Severity;
import io.tenantry.identity.CurrentUser;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orgs/{orgId}")
class ComplianceApiController {

	private final Controls controls;

	private final Overrides overrides;

	private final Scans scans;

	ComplianceApiController(Controls controls, Overrides overrides, Scans scans) {
		this.controls = controls;
		this.overrides = overrides;
		this.scans = scans;
	}

	@GetMapping("/controls")
	@Operation(summary = "Controls of the latest scan with their effective status")
	@ApiResponse(responseCode = "200", description = "The controls, optionally filtered")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	List<ControlView> controls(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String framework,
			@RequestParam(required = false) @Nullable Severity severity,
			@RequestParam(required = false) @Nullable ResultStatus status) {
		return this.controls.list(caller, orgId, new ControlFilter(framework, severity, status));
	}

	@GetMapping("/controls/{controlId}")
	@Operation(summary = "One control: effective status, history across scans, overrides")
	@ApiResponse(responseCode = "200", description = "The control")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown control")
	ControlDetail control(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId) {
		return this.controls.get(caller, orgId, controlId);
	}

	@PostMapping("/overrides")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Override a control's status")
	@ApiResponse(responseCode = "201", description = "Created; the org's summary reflects it at once")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "403", description = "Lacks override:create")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown control")
	OverrideView override(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody CreateOverride command) {
		return this.overrides.create(caller, orgId, command);
	}

	@GetMapping("/scans")
	@Operation(summary = "The org's scans, newest first")
	@ApiResponse(responseCode = "200", description = "The scans")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	List<ScanView> scans(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.scans.list(caller, orgId);
	}

	@GetMapping("/scans/{scanId}")
	@Operation(summary = "One scan with its results")
	@ApiResponse(responseCode = "200", description = "The scan")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown scan")
	ScanDetail scan(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID scanId) {
		return this.scans.get(caller, orgId, scanId);
	}

}
