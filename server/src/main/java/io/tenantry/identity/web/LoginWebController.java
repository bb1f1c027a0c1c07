package io.tenantry.identity.web;

import io.tenantry.identity.LoginThrottled;
import io.tenantry.identity.Logins;
import io.tenantry.identity.UserAccount;
import io.tenantry.platform.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The browser sign-in page. */
@Controller
class LoginWebController {

	private static final String PAGE = "identity/login";

	private final Logins logins;

	private final SessionLogin sessionLogin;

	LoginWebController(Logins logins, SessionLogin sessionLogin) {
		this.logins = logins;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/login")
	String page() {
		return PAGE;
	}

	@PostMapping("/login")
	String signIn(@RequestParam String email, @RequestParam String password, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		UserAccount user;
		try {
			user = this.logins.checkPassword(email, password, request.getRemoteAddr());
		}
		catch (LoginThrottled ex) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			return failed(HttpStatus.TOO_MANY_REQUESTS.value(), ex.getMessage(), email, model, response);
		}
		catch (ProblemException ex) {
			return failed(HttpServletResponse.SC_UNAUTHORIZED, ex.getMessage(), email, model, response);
		}
		this.sessionLogin.signIn(user, request, response);
		return "redirect:/";
	}

	private static String failed(int status, String message, String email, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("error", message);
		model.addAttribute("email", email);
		return PAGE;
	}

}
