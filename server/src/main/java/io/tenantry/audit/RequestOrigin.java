package io.tenantry.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting and from where, read from the current request and security context. */
@Component
class RequestOrigin {

	private static final int MAX_IP = 64;

	private static final int MAX_USER_AGENT = 512;

	private final ClientAddresses addresses;

	RequestOrigin(ClientAddresses addresses) {
		this.addresses = addresses;
	}

	record Origin(@Nullable AuditActor actor, @Nullable String ip, @Nullable String userAgent) {
	}

	Origin current(@Nullable AuditActor fallback) {
		AuditActor actor = principal();
		HttpServletRequest request = request();
		if (request == null) {
			return new Origin((actor != null) ? actor : fallback, null, null);
		}
		String userAgent = request.getHeader("User-Agent");
		String ip = this.addresses.of(request);
		return new Origin((actor != null) ? actor : fallback, cut(ip, MAX_IP), cut(userAgent, MAX_USER_AGENT));
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

	private static @Nullable AuditActor principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) ? actor : null;
	}

	private static @Nullable HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
