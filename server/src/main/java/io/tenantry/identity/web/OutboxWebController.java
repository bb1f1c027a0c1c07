package io.tenantry.identity.web;

import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.MailOutbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Mails kept while no SMTP server is configured, for SuperAdmins to pass on by hand. */
@Controller
class OutboxWebController {

	private final MailOutbox outbox;

	OutboxWebController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String outbox(@AuthenticationPrincipal CurrentUser caller, Model model) {
		model.addAttribute("mails", this.outbox.newest(caller));
		return "identity/outbox";
	}

}
