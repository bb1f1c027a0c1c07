package io.tenantry.msp.web;

import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.msp.Licensing;
import io.tenantry.msp.SetLicense;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The Licensing page of the active MSP org: KPIs, seats per client and the licence edit dialog. */
@Controller
@RequestMapping("/msp/licensing")
class LicensingWebController {

	private final Licensing licensing;

	LicensingWebController(Licensing licensing) {
		this.licensing = licensing;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser caller, Model model) {
		model.addAttribute("licensing", this.licensing.overview(caller, ActiveMsp.of(model)));
		return "msp/licensing";
	}

	@PostMapping("/{clientOrgId}")
	String set(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID clientOrgId, @Valid SetLicense command,
			Model model) {
		this.licensing.set(caller, ActiveMsp.of(model), clientOrgId, command);
		return "redirect:/msp/licensing";
	}

}
