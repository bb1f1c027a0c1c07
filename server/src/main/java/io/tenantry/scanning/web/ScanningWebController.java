package io.tenantry.scanning.web;

import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import io.tenantry.scanning.ScanSettingsPage;
import io.tenantry.scanning.ScanSettingsService;
import io.tenantry.scanning.ScanTriggers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Cloud Scanning settings page of an org, and "Run scan now". */
@Controller
@RequestMapping("/orgs/{orgId}")
class ScanningWebController {

	private final ScanSettingsService settings;

	private final ScanTriggers triggers;

	ScanningWebController(ScanSettingsService settings, ScanTriggers triggers) {
		this.settings = settings;
		this.triggers = triggers;
	}

	@GetMapping("/settings/scanning")
	String page(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, Model model) {
		ScanSettingsPage page = this.settings.page(caller, orgId);
		model.addAttribute("page", page);
		model.addAttribute("form", ScanSettingsForm.of(page.settings()));
		return "scanning/settings";
	}

	/** Invalid or refused settings show the form again with the reason, and nothing is saved. */
	@PostMapping("/settings/scanning")
	String save(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @ModelAttribute("form") ScanSettingsForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			response.setStatus(400);
			model.addAttribute("page", this.settings.page(caller, orgId));
			return "scanning/settings";
		}
		try {
			this.settings.update(caller, orgId, form.toCommand());
		}
		catch (ProblemException ex) {
			response.setStatus(ex.status());
			model.addAttribute("page", this.settings.page(caller, orgId));
			model.addAttribute("error", ex.getMessage());
			return "scanning/settings";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/orgs/" + orgId + "/settings/scanning";
	}

	@PostMapping("/scans")
	String runNow(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		this.triggers.trigger(caller, orgId, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return "redirect:/orgs/" + orgId + "/scans";
	}

}
