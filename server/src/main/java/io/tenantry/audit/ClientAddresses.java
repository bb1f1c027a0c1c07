package io.tenantry.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The client's address of a request, the same for the audit trail and login throttling: the header
 * {@code X-Forwarded-For} is believed only from the proxies in {@code tenantry.audit.trusted-proxies}.
 */
@Component
public class ClientAddresses {

	private final TrustedProxies proxies;

	ClientAddresses(AuditProperties properties) {
		this.proxies = new TrustedProxies(properties.trustedProxies());
	}

	public String of(HttpServletRequest request) {
		return this.proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
	}

}
