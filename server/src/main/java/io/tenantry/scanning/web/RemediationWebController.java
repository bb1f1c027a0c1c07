package io.tenantry.scanning.web;

import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import io.tenantry.scanning.RemediationTriggers;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The control page's Remediate button: back to the control, with the refusal's reason if it was refused. */
@Controller
class RemediationWebController {

	private final RemediationTriggers triggers;

	RemediationWebController(RemediationTriggers triggers) {
		this.triggers = triggers;
	}

	@PostMapping("/orgs/{orgId}/controls/{controlId}/remediations")
	String remediate(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId, RedirectAttributes redirect) {
		try {
			this.triggers.trigger(caller, orgId, controlId);
		}
		catch (ProblemException ex) {
			if (ex.status() != 422) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/orgs/" + orgId + "/controls/" + controlId;
	}

}
