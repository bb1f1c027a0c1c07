package io.tenantry.identity.web;

import java.io.IOException;
import java.util.Set;

import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.Logins;
import io.tenantry.identity.SecondFactor;
import io.tenantry.identity.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a privileged user who signed in without MFA, while the platform requires it, on the
 * account page until they have enrolled: every other page redirects there.
 */
class MfaEnrolmentGate extends OncePerRequestFilter {

	static final String PENDING = MfaEnrolmentGate.class.getName() + ".pending";

	private static final String ENROLMENT_PAGE = "/account?mfaRequired";

	private static final Set<String> OPEN_PREFIXES = Set.of("/account", "/logout", "/login", "/webjars/", "/css/",
			"/js/", "/img/", "/error", "/favicon.ico");

	private final Users users;

	private final Logins logins;

	MfaEnrolmentGate(Users users, Logins logins) {
		this.users = users;
		this.logins = logins;
	}

	/** Marks the session of a user who must enrol before doing anything else. */
	static void require(HttpServletRequest request) {
		request.getSession().setAttribute(PENDING, Boolean.TRUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(PENDING) == null || isOpen(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		if (stillRequired()) {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", ENROLMENT_PAGE);
				return;
			}
			response.sendRedirect(ENROLMENT_PAGE);
			return;
		}
		session.removeAttribute(PENDING);
		chain.doFilter(request, response);
	}

	private boolean stillRequired() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return false;
		}
		return this.users.findById(user.id())
			.map((account) -> this.logins.secondFactorFor(account) == SecondFactor.ENROLLMENT)
			.orElse(false);
	}

	private static boolean isOpen(String path) {
		return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
