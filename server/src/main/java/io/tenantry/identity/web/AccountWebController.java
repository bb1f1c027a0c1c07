package io.tenantry.identity.web;

import java.util.function.Consumer;

import io.tenantry.identity.Accounts;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.Mfa;
import io.tenantry.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The account page: change the password; enrol in MFA with a QR code, confirm it, disable it. */
@Controller
@RequestMapping("/account")
class AccountWebController {

	private static final String PAGE = "identity/account";

	private final Accounts accounts;

	private final Mfa mfa;

	AccountWebController(Accounts accounts, Mfa mfa) {
		this.accounts = accounts;
		this.mfa = mfa;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser caller, Model model) {
		return render(caller, model);
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CurrentUser caller, @RequestParam String currentPassword,
			@RequestParam String newPassword, Model model, HttpServletResponse response) {
		return attempt(caller, model, response, (result) -> {
			this.accounts.changePassword(caller, currentPassword, newPassword);
			result.addAttribute("passwordChanged", true);
		});
	}

	@PostMapping("/mfa/enrol")
	String startEnrollment(@AuthenticationPrincipal CurrentUser caller, Model model, HttpServletResponse response) {
		return attempt(caller, model, response, (result) -> this.mfa.startEnrollment(caller));
	}

	@PostMapping("/mfa/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser caller, @RequestParam String code, Model model,
			HttpServletResponse response) {
		return attempt(caller, model, response,
				(result) -> result.addAttribute("recoveryCodes", this.mfa.confirm(caller, code)));
	}

	@PostMapping("/mfa/disable")
	String disable(@AuthenticationPrincipal CurrentUser caller, @RequestParam String code, Model model,
			HttpServletResponse response) {
		return attempt(caller, model, response, (result) -> {
			this.mfa.disable(caller, code);
			result.addAttribute("mfaDisabled", true);
		});
	}

	/** Runs one change and shows the page with its result, or with the reason it was refused. */
	private String attempt(CurrentUser caller, Model model, HttpServletResponse response, Consumer<Model> change) {
		try {
			change.accept(model);
		}
		catch (ProblemException ex) {
			response.setStatus(ex.status());
			model.addAttribute("error", ex.errors().isEmpty() ? ex.getMessage()
					: ex.errors().get(0).field() + " " + ex.errors().get(0).message());
		}
		return render(caller, model);
	}

	private String render(CurrentUser caller, Model model) {
		model.addAttribute("mfaEnabled", this.mfa.enabled(caller.id()));
		model.addAttribute("enrollment", this.mfa.pendingEnrollment(caller).orElse(null));
		model.addAttribute("account", caller);
		return PAGE;
	}

}
