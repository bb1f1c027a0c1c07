package io.tenantry.scanning.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.compliance.ScanView;
import io.tenantry.identity.CurrentUser;
import io.tenantry.scanning.ScanImports;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ImportApiController {

	private final ScanImports imports;

	ImportApiController(ScanImports imports) {
		this.imports = imports;
	}

	@PostMapping("/api/v1/orgs/{orgId}/scans/import")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a scanner's result file (the request body) as a completed scan")
	@ApiResponse(responseCode = "201", description = "Stored")
	@ApiResponse(responseCode = "400", description = "Unknown format, or the file is not valid JSON")
	@ApiResponse(responseCode = "403", description = "Lacks scan:import")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	@ApiResponse(responseCode = "413", description = "Larger than the upload limit")
	@ApiResponse(responseCode = "422", description = "Not the named format, no results, or an invalid finding")
	ScanView importScan(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestParam String format, InputStream body) throws IOException {
		return this.imports.importFile(caller, orgId, format, body);
	}

}
