package io.tenantry.identity.web;

import java.util.List;

import io.tenantry.identity.BrowserSessions;
import io.tenantry.identity.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a user into the browser session: a new session id (no fixation), the security context
 * saved in the session, and the session indexed by the user's id so suspension can find it.
 */
@Component
class SessionLogin {

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	void signIn(UserAccount user, HttpServletRequest request, HttpServletResponse response) {
		request.getSession();
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.asPrincipal(), null, List.of()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		request.getSession()
			.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
					BrowserSessions.principalName(user.id()));
	}

}
