package io.tenantry.identity.web;

import java.io.IOException;

import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.UserStatus;
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
 * Re-checks the user of a browser session on every request, so a session that outlived a
 * suspension (e.g. one being saved while it was deleted) is ended at its next request.
 */
class SessionUserFilter extends OncePerRequestFilter {

	private final Users users;

	SessionUserFilter(Users users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user && !isActive(user)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private boolean isActive(CurrentUser user) {
		return this.users.findById(user.id()).filter((account) -> account.status() == UserStatus.ACTIVE).isPresent();
	}

}
