package io.tenantry.scanning.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.compliance.RemediationView;
import io.tenantry.compliance.Remediations;
import io.tenantry.identity.CurrentUser;
import io.tenantry.scanning.RemediationTriggers;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A control's remediations, requested through the org's remediation webhook. */
@RestController
@RequestMapping("/api/v1/orgs/{orgId}/controls/{controlId}/remediations")
class RemediationApiController {

	private final RemediationTriggers triggers;

	private final Remediations remediations;

	RemediationApiController(RemediationTriggers triggers, Remediations remediations) {
		this.triggers = triggers;
		this.remediations = remediations;
	}

	@GetMapping
	@Operation(summary = "A control's remediations, newest first")
	@ApiResponse(responseCode = "200", description = "The remediations")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown control")
	List<RemediationView> list(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId) {
		return this.remediations.list(caller, orgId, controlId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Trigger the remediation of a control through the org's remediation webhook")
	@ApiResponse(responseCode = "202", description = "Sent: SENT, or FAILED when the webhook did not take it")
	@ApiResponse(responseCode = "403", description = "Lacks remediation:trigger")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown control")
	@ApiResponse(responseCode = "422", description = "No remediation webhook configured (no_remediation_webhook)")
	RemediationView trigger(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId) {
		return this.triggers.trigger(caller, orgId, controlId);
	}

}
