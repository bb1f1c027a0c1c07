package io.tenantry.portal.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tenantry.access.Capability;
import io.tenantry.compliance.ComplianceDashboard;
import io.tenantry.compliance.ControlFilter;
import io.tenantry.compliance.ControlView;
import io.tenantry.compliance.Controls;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.Member;
import io.tenantry.organizations.Memberships;
import io.tenantry.portal.ChangeRequests;
import io.tenantry.portal.MaturityMatrix;
import io.tenantry.portal.PortalAccess;
import io.tenantry.portal.PortalAccess.Portal;
import io.tenantry.portal.PortalModule;
import io.tenantry.portal.PortalOverview;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client portal's pages, in the branding of the org whose portal opens (see {@link PortalAccess}).
 * Every page is a module the client can hide; a hidden one answers 404. Nothing here changes the tenant: a client admin's
 * "Request change" raises a change request for the MSP.
 */
@Controller
class PortalWebController {

	private final PortalAccess portals;

	private final ComplianceDashboard dashboard;

	private final Controls controls;

	private final Memberships memberships;

	private final ChangeRequests changeRequests;

	PortalWebController(PortalAccess portals, ComplianceDashboard dashboard, Controls controls, Memberships memberships,
			ChangeRequests changeRequests) {
		this.portals = portals;
		this.dashboard = dashboard;
		this.controls = controls;
		this.memberships = memberships;
		this.changeRequests = changeRequests;
	}

	@GetMapping("/portal")
	String home(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request, Model model) {
		Portal portal = this.portals.portalOf(caller, request.getServerName());
		for (PortalModule module : PortalModule.values()) {
			if (portal.modules().shows(module)) {
				return (module == PortalModule.DASHBOARD) ? dashboard(caller, request, model)
						: "redirect:/portal/" + module.name().toLowerCase();
			}
		}
		model.addAttribute("portal", portal);
		model.addAttribute("branding", portal.branding());
		return "portal/empty";
	}

	String dashboard(CurrentUser caller, HttpServletRequest request, Model model) {
		Portal portal = open(caller, request, PortalModule.DASHBOARD, model);
		UUID orgId = portal.org().id();
		model.addAttribute("summary", this.dashboard.summary(caller, orgId));
		model.addAttribute("overview", PortalOverview.of(this.controls.list(caller, orgId, ControlFilter.NONE)));
		model.addAttribute("userCount", this.memberships.list(caller, orgId).size());
		return "portal/dashboard";
	}

	@GetMapping("/portal/scorecard")
	String scorecard(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request, Model model) {
		Portal portal = open(caller, request, PortalModule.SCORECARD, model);
		List<ControlView> all = this.controls.list(caller, portal.org().id(), ControlFilter.NONE);
		Map<String, List<ControlView>> byFramework = all.stream()
			.collect(Collectors.groupingBy(ControlView::framework, TreeMap::new, Collectors.toList()));
		model.addAttribute("overview", PortalOverview.of(all));
		model.addAttribute("byFramework", byFramework);
		model.addAttribute("maturity", MaturityMatrix.of(all));
		model.addAttribute("summary", this.dashboard.summary(caller, portal.org().id()));
		return "portal/scorecard";
	}

	@GetMapping("/portal/licences")
	String licences(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request, Model model) {
		Portal portal = open(caller, request, PortalModule.LICENCES, model);
		model.addAttribute("userCount", this.memberships.list(caller, portal.org().id()).size());
		return "portal/licences";
	}

	@GetMapping("/portal/users")
	String users(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request, Model model) {
		Portal portal = open(caller, request, PortalModule.USERS, model);
		List<Member> members = this.memberships.list(caller, portal.org().id());
		model.addAttribute("members", members);
		model.addAttribute("requests", this.changeRequests.list(caller, portal.org().id()));
		return "portal/users";
	}

	@GetMapping("/portal/security")
	String security(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request, Model model) {
		Portal portal = open(caller, request, PortalModule.SECURITY, model);
		model.addAttribute("overview", PortalOverview.of(this.controls.list(caller, portal.org().id(), ControlFilter.NONE)));
		return "portal/security";
	}

	@PostMapping("/portal/change-requests")
	String requestChange(@AuthenticationPrincipal CurrentUser caller, HttpServletRequest request,
			@ModelAttribute ChangeRequestForm form, RedirectAttributes redirect) {
		Portal portal = this.portals.portalOf(caller, request.getServerName());
		this.changeRequests.raise(caller, portal.org().id(), form.toCommand());
		redirect.addFlashAttribute("requested", true);
		return "redirect:" + form.returnPath();
	}

	private Portal open(CurrentUser caller, HttpServletRequest request, PortalModule module, Model model) {
		Portal portal = this.portals.open(caller, request.getServerName(), module);
		model.addAttribute("portal", portal);
		model.addAttribute("branding", portal.branding());
		model.addAttribute("module", module);
		model.addAttribute("canRequest", portal.access().can(Capability.CHANGEREQUEST_CREATE));
		return portal;
	}

}
