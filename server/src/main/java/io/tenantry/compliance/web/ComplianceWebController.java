package io.tenantry.compliance.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.tenantry.compliance.ComplianceDashboard;
import io.tenantry.compliance.ControlFilter;
import io.tenantry.compliance.ControlView;
import io.tenantry.compliance.Controls;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.ScanView;
import io.tenantry.compliance.Scans;
import io.tenantry.compliance.ScorePoint;
import io.tenantry.compliance.Severity;
import io.tenantry.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** An org's compliance pages: dashboard panel, controls, scans, one scan ({@link ControlWebController}: one control). */
@Controller
@RequestMapping("/orgs/{orgId}")
class ComplianceWebController {

	private final ComplianceDashboard dashboard;

	private final Controls controls;

	private final Scans scans;

	private final Clock clock;

	ComplianceWebController(ComplianceDashboard dashboard, Controls controls, Scans scans, Clock clock) {
		this.dashboard = dashboard;
		this.controls = controls;
		this.scans = scans;
		this.clock = clock;
	}

	@ModelAttribute
	void org(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, Model model) {
		model.addAttribute("org", this.dashboard.page(caller, orgId));
	}

	/** The dashboard panel the home page loads; the whole page without htmx. */
	@GetMapping("/compliance")
	String dashboard(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("summary", this.dashboard.summary(caller, orgId));
		model.addAttribute("failing", this.controls.list(caller, orgId, new ControlFilter(null, null, ResultStatus.FAIL))
			.stream()
			.sorted(Comparator.comparing(ControlView::severity))
			.toList());
		return (htmx != null) ? "compliance/dashboard :: panel" : "compliance/dashboard";
	}

	@GetMapping("/compliance/trend")
	@ResponseBody
	List<ScorePoint> trend(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.dashboard.trend(caller, orgId);
	}

	@GetMapping("/controls")
	String controls(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String framework,
			@RequestParam(required = false) @Nullable Severity severity,
			@RequestParam(required = false) @Nullable ResultStatus status, Model model) {
		model.addAttribute("filter", new ControlFilter(framework, severity, status));
		model.addAttribute("controls", this.controls.list(caller, orgId, new ControlFilter(framework, severity, status)));
		model.addAttribute("frameworks", this.controls.frameworks());
		return "compliance/controls";
	}

	/** The scans page; for htmx only its list, which polls itself while a scan is queued or running. */
	@GetMapping("/scans")
	String scans(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		List<ScanView> scans = this.scans.list(caller, orgId);
		model.addAttribute("scans", scans);
		model.addAttribute("elapsed", Elapsed.of(scans, this.clock.instant()));
		return (htmx != null) ? "compliance/scans :: list" : "compliance/scans";
	}

	@GetMapping("/scans/{scanId}")
	String scan(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID scanId,
			Model model) {
		model.addAttribute("scan", this.scans.get(caller, orgId, scanId));
		return "compliance/scan";
	}

}
