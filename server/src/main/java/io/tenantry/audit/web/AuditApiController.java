package io.tenantry.audit.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.audit.AuditActor;
import io.tenantry.audit.AuditEntry;
import io.tenantry.audit.AuditFilter;
import io.tenantry.audit.AuditLog;
import io.tenantry.audit.ChainVerification;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An org's audit chain ({@code audit:read}) and the platform chain (SuperAdmins). */
@RestController
class AuditApiController {

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/orgs/{orgId}/audit")
	@Operation(summary = "An org's audit entries, newest first; page with before=<seq of the last one seen>")
	@ApiResponse(responseCode = "200", description = "Entries")
	@ApiResponse(responseCode = "403", description = "Visible org, but no audit:read")
	@ApiResponse(responseCode = "404", description = "Org not visible to the caller")
	List<AuditEntry> entries(@AuthenticationPrincipal AuditActor caller, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "50") int limit, @RequestParam @Nullable Long before,
			@RequestParam @Nullable String actor, @RequestParam @Nullable String action,
			@RequestParam @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		return this.log.entries(caller, orgId, new AuditFilter(limit, before, actor, action, from, to));
	}

	@GetMapping("/api/v1/orgs/{orgId}/audit/verify")
	@Operation(summary = "Recompute an org's chain: {valid, entries, brokenAtSeq}")
	@ApiResponse(responseCode = "200", description = "The verification result")
	@ApiResponse(responseCode = "403", description = "Visible org, but no audit:read")
	@ApiResponse(responseCode = "404", description = "Org not visible to the caller")
	ChainVerification verify(@AuthenticationPrincipal AuditActor caller, @PathVariable UUID orgId) {
		return this.log.verify(caller, orgId);
	}

	@GetMapping("/api/v1/orgs/{orgId}/audit/export")
	@Operation(summary = "An org's whole chain as JSON Lines, oldest first, for offline verification")
	@ApiResponse(responseCode = "200", description = "application/x-ndjson, one entry per line")
	@ApiResponse(responseCode = "403", description = "Visible org, but no audit:read")
	@ApiResponse(responseCode = "404", description = "Org not visible to the caller")
	void export(@AuthenticationPrincipal AuditActor caller, @PathVariable UUID orgId, HttpServletResponse response)
			throws IOException {
		AuditExport.write(this.log, caller, orgId, response);
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "The platform chain's entries, newest first (SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "Entries")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	List<AuditEntry> platformEntries(@AuthenticationPrincipal AuditActor caller,
			@RequestParam(defaultValue = "50") int limit, @RequestParam @Nullable Long before) {
		return this.log.entries(caller, null, AuditFilter.page(limit, before));
	}

	@GetMapping("/api/v1/audit/verify")
	@Operation(summary = "Recompute the platform chain (SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "The verification result")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	ChainVerification platformVerify(@AuthenticationPrincipal AuditActor caller) {
		return this.log.verify(caller, null);
	}

	@GetMapping("/api/v1/audit/export")
	@Operation(summary = "The platform chain as JSON Lines (SuperAdmin)")
	@ApiResponse(responseCode = "200", description = "application/x-ndjson, one entry per line")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	void platformExport(@AuthenticationPrincipal AuditActor caller, HttpServletResponse response) throws IOException {
		AuditExport.write(this.log, caller, null, response);
	}

}
