package io.tenantry.identity.web;

import io.tenantry.identity.LinkInvalid;
import io.tenantry.identity.PasswordLinks;
import io.tenantry.identity.PasswordLinks.Purpose;
import io.tenantry.identity.PasswordResets;
import io.tenantry.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Asking for a reset link, and the pages behind invitation and reset links: choose a password, once. */
@Controller
class PasswordLinkWebController {

	private static final String FORM = "identity/set-password";

	private static final String INVALID = "identity/link-invalid";

	private final PasswordLinks links;

	private final PasswordResets resets;

	PasswordLinkWebController(PasswordLinks links, PasswordResets resets) {
		this.links = links;
		this.resets = resets;
	}

	@GetMapping("/reset")
	String requestReset() {
		return "identity/request-reset";
	}

	@PostMapping("/reset")
	String requestReset(@RequestParam String email, Model model) {
		this.resets.request(email);
		model.addAttribute("requested", true);
		return "identity/request-reset";
	}

	@GetMapping("/invite/{token}")
	String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
		return form(token, Purpose.INVITE, model, response);
	}

	@GetMapping("/reset/{token}")
	String reset(@PathVariable String token, Model model, HttpServletResponse response) {
		return form(token, Purpose.RESET, model, response);
	}

	@PostMapping("/invite/{token}")
	String acceptInvitation(@PathVariable String token, @RequestParam String password, Model model,
			HttpServletResponse response) {
		return setPassword(token, Purpose.INVITE, password, model, response);
	}

	@PostMapping("/reset/{token}")
	String completeReset(@PathVariable String token, @RequestParam String password, Model model,
			HttpServletResponse response) {
		return setPassword(token, Purpose.RESET, password, model, response);
	}

	private String form(String token, Purpose purpose, Model model, HttpServletResponse response) {
		if (this.links.holder(token, purpose).isEmpty()) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return INVALID;
		}
		model.addAttribute("purpose", purpose);
		model.addAttribute("action", path(purpose, token));
		return FORM;
	}

	private String setPassword(String token, Purpose purpose, String password, Model model,
			HttpServletResponse response) {
		model.addAttribute("purpose", purpose);
		model.addAttribute("action", path(purpose, token));
		try {
			this.links.setPassword(token, purpose, password);
			return "redirect:/login?passwordSet";
		}
		catch (LinkInvalid ex) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return INVALID;
		}
		catch (ProblemException ex) {
			// The policy's field message ("must be at least 12 characters") reads as a sentence here.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.errors().isEmpty() ? ex.getMessage()
					: "The password " + ex.errors().get(0).message() + ".");
			return FORM;
		}
	}

	private static String path(Purpose purpose, String token) {
		return ((purpose == Purpose.INVITE) ? "/invite/" : "/reset/") + token;
	}

}
