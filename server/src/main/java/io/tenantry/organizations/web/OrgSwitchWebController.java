package io.tenantry.organizations.web;

import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgSwitcher;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The header's org switcher: makes an org the browser session's active one. */
@Controller
class OrgSwitchWebController {

	private final OrgSwitcher switcher;

	OrgSwitchWebController(OrgSwitcher switcher) {
		this.switcher = switcher;
	}

	@PostMapping("/switch-org")
	String switchOrg(@AuthenticationPrincipal CurrentUser caller, @RequestParam UUID orgId, HttpSession session) {
		session.setAttribute(PageModelAdvice.ACTIVE_ORG, this.switcher.switchTo(caller, orgId));
		return "redirect:/";
	}

}
