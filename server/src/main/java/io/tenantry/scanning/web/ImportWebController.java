package io.tenantry.scanning.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import io.tenantry.compliance.ScanView;
import io.tenantry.identity.CurrentUser;
import io.tenantry.scanning.ScanImports;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The scans page's import form: a scanner file uploaded from the browser becomes a scan. */
@Controller
class ImportWebController {

	private final ScanImports imports;

	ImportWebController(ScanImports imports) {
		this.imports = imports;
	}

	@PostMapping("/orgs/{orgId}/scans/import")
	String importScan(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestParam String format, @RequestParam MultipartFile file) throws IOException {
		try (InputStream body = file.getInputStream()) {
			ScanView scan = this.imports.importFile(caller, orgId, format, body);
			return "redirect:/orgs/" + orgId + "/scans/" + scan.id();
		}
	}

}
