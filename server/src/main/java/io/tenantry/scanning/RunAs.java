package io.tenantry.scanning;

import java.util.List;
import java.util.function.Supplier;

import io.tenantry.identity.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that arrives without a signed-in user (callbacks, schedules, timeouts) runs as the user who
 * started it: row-level security and the audit trail then see that user, and nothing broader.
 */
final class RunAs {

	private RunAs() {
	}

	static <T> T user(CurrentUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
