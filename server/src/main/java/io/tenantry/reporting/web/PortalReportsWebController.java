package io.tenantry.reporting.web;

import java.io.IOException;
import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.portal.PortalModule;
import io.tenantry.reporting.PortalReports;
import io.tenantry.reporting.PortalReports.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's Reports page and its downloads, in the branding of the portal that opens, like the
 * other portal pages.
 */
@Controller
class PortalReportsWebController {

	private final PortalReports reports;

	PortalReportsWebController(PortalReports reports) {
		this.reports = reports;
	}

	@GetMapping("/portal/reports")
	String page(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request, Model model) {
		Page page = this.reports.page(caller, request.getServerName());
		model.addAttribute("branding", page.portal().branding());
		model.addAttribute("portal", page.portal());
		model.addAttribute("module", PortalModule.REPORTS);
		model.addAttribute("page", page);
		return "reporting/portal-reports";
	}

	@GetMapping("/portal/reports/monthly/{month}")
	ResponseEntity<byte[]> monthly(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request,
			@PathVariable String month) {
		return Downloads.of(this.reports.monthly(caller, request.getServerName(), month));
	}

	@GetMapping("/portal/reports/evidence-bundles/{bundleId}")
	void bundle(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request, @PathVariable UUID bundleId,
			HttpServletResponse response) throws IOException {
		Downloads.write(this.reports.bundle(caller, request.getServerName(), bundleId), response);
	}

}
