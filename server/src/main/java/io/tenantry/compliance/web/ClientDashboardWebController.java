package io.tenantry.compliance.web;

import java.util.List;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.compliance.ComplianceDashboard;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.Organization;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Client Dashboard page: every reachable client of one MSP as cards or rows, filtered and sorted. */
@Controller
class ClientDashboardWebController {

	private final ComplianceDashboard dashboard;

	ClientDashboardWebController(ComplianceDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/msp/dashboard")
	String clients(@AuthenticationPrincipal CurrentUser caller, @RequestParam(required = false) @Nullable UUID msp,
			@RequestParam(defaultValue = "cards") String view, @RequestParam(defaultValue = "worst") String sort,
			@RequestParam(defaultValue = "false") boolean stale, @RequestParam(required = false) @Nullable Tier tier,
			Model model) {
		List<Organization> msps = this.dashboard.mspOrgs(caller);
		UUID selected = (msp != null) ? msp : msps.stream().findFirst().map(Organization::id).orElse(null);
		model.addAttribute("msps", msps);
		model.addAttribute("selected", selected);
		model.addAttribute("view", "rows".equals(view) ? "rows" : "cards");
		model.addAttribute("sort", "name".equals(sort) ? "name" : "worst");
		model.addAttribute("stale", stale);
		model.addAttribute("tier", tier);
		model.addAttribute("dashboard", (selected != null)
				? this.dashboard.clients(caller, selected).filtered(stale, tier, "name".equals(sort)) : null);
		return "compliance/clients";
	}

}
