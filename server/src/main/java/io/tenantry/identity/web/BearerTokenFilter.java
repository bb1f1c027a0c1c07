package io.tenantry.identity.web;

import java.io.IOException;
import java.util.List;

import io.tenantry.identity.BearerAuthentication;
import io.tenantry.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests that carry {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final BearerAuthentication bearerAuthentication;

	BearerTokenFilter(BearerAuthentication bearerAuthentication) {
		this.bearerAuthentication = bearerAuthentication;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.startsWith(PREFIX)) {
			this.bearerAuthentication.principalFor(tokenOf(header)).ifPresent(BearerTokenFilter::authenticate);
		}
		chain.doFilter(request, response);
	}

	private static void authenticate(CurrentUser user) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	static String tokenOf(String authorization) {
		return authorization.startsWith(PREFIX) ? authorization.substring(PREFIX.length()).trim() : "";
	}

}
