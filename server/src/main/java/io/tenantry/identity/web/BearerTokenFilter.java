package io.tenantry.identity.web;

import java.io.IOException;
import java.util.List;

import io.tenantry.identity.BearerAuthentication;
import io.tenantry.identity.BearerAuthentication.Bearer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}: a person's token
 * carries the {@link #PERSON} authority, an org's API key does not.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	/** What endpoints about the caller's own account need: a user, not an agent's key. */
	static final String PERSON = "person";

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
			this.bearerAuthentication.principalFor(tokenOf(header)).ifPresent(this::authenticate);
		}
		chain.doFilter(request, response);
	}

	private void authenticate(Bearer bearer) {
		var authorities = bearer.agent() ? List.<SimpleGrantedAuthority>of() : List.of(new SimpleGrantedAuthority(PERSON));
		var authentication = UsernamePasswordAuthenticationToken.authenticated(bearer.principal(), null, authorities);
		SecurityContextHolder.getContext().setAuthentication(authentication);
		this.bearerAuthentication.signedIn(bearer);
	}

	static String tokenOf(String authorization) {
		return authorization.startsWith(PREFIX) ? authorization.substring(PREFIX.length()).trim() : "";
	}

}
