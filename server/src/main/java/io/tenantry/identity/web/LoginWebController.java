package io.tenantry.identity.web;

import java.util.Optional;
import java.util.UUID;

import io.tenantry.audit.ClientAddresses;
import io.tenantry.identity.LoginChannel;
import io.tenantry.identity.LoginThrottled;
import io.tenantry.identity.Logins;
import io.tenantry.identity.UserAccount;
import io.tenantry.identity.Users;
import io.tenantry.platform.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browser sign-in: the password page, then for MFA accounts a second page for the code. Between
 * the two, the session holds only the id of the user whose password was right.
 */
@Controller
class LoginWebController {

	private static final String PAGE = "identity/login";

	private static final String MFA_PAGE = "identity/login-mfa";

	private static final String PENDING_MFA = LoginWebController.class.getName() + ".pendingMfa";

	private final Logins logins;

	private final Users users;

	private final SessionLogin sessionLogin;

	private final ClientAddresses addresses;

	LoginWebController(Logins logins, Users users, SessionLogin sessionLogin, ClientAddresses addresses) {
		this.logins = logins;
		this.users = users;
		this.addresses = addresses;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/login")
	String page() {
		return PAGE;
	}

	@PostMapping("/login")
	String signIn(@RequestParam String email, @RequestParam String password, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("email", email);
		UserAccount user;
		try {
			user = this.logins.checkPassword(email, password, this.addresses.of(request), LoginChannel.BROWSER);
		}
		catch (ProblemException ex) {
			return failed(PAGE, ex, model, response);
		}
		return switch (this.logins.secondFactorFor(user)) {
			case CODE -> {
				this.logins.challenged(user, LoginChannel.BROWSER);
				request.getSession().setAttribute(PENDING_MFA, user.id());
				request.changeSessionId();
				yield "redirect:/login/mfa";
			}
			case ENROLLMENT -> {
				this.logins.succeeded(user, LoginChannel.BROWSER, false);
				this.sessionLogin.signIn(user, request, response);
				MfaEnrolmentGate.require(request);
				yield "redirect:/account?mfaRequired";
			}
			case NONE -> {
				this.logins.succeeded(user, LoginChannel.BROWSER, false);
				this.sessionLogin.signIn(user, request, response);
				yield "redirect:/";
			}
		};
	}

	@GetMapping("/login/mfa")
	String mfaPage(HttpServletRequest request) {
		return pendingUser(request).isPresent() ? MFA_PAGE : "redirect:/login";
	}

	@PostMapping("/login/mfa")
	String verifyCode(@RequestParam String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<UserAccount> user = pendingUser(request);
		if (user.isEmpty()) {
			return "redirect:/login";
		}
		try {
			this.logins.checkCode(user.get(), code, this.addresses.of(request), LoginChannel.BROWSER);
		}
		catch (ProblemException ex) {
			return failed(MFA_PAGE, ex, model, response);
		}
		request.getSession().removeAttribute(PENDING_MFA);
		this.logins.succeeded(user.get(), LoginChannel.BROWSER, true);
		this.sessionLogin.signIn(user.get(), request, response);
		return "redirect:/";
	}

	private Optional<UserAccount> pendingUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object id = (session != null) ? session.getAttribute(PENDING_MFA) : null;
		return (id instanceof UUID userId) ? this.users.findById(userId) : Optional.empty();
	}

	private static String failed(String page, ProblemException ex, Model model, HttpServletResponse response) {
		if (ex instanceof LoginThrottled throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
		}
		response.setStatus((ex instanceof LoginThrottled) ? HttpStatus.TOO_MANY_REQUESTS.value() : ex.status());
		model.addAttribute("error", ex.getMessage());
		return page;
	}

}
