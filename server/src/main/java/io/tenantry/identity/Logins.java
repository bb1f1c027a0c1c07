package io.tenantry.identity;

import io.tenantry.platform.ProblemException;

import org.springframework.stereotype.Service;

/**
 * The first step of every login, browser or API: throttled password check. An unknown email and
 * a wrong password fail alike, in comparable time.
 */
@Service
public class Logins {

	private final Authenticator authenticator;

	private final LoginThrottle throttle;

	Logins(Authenticator authenticator, LoginThrottle throttle) {
		this.authenticator = authenticator;
		this.throttle = throttle;
	}

	/** The active user with these credentials; 401 {@code invalid_credentials} or 429 otherwise. */
	public UserAccount checkPassword(String email, String password, String clientIp) {
		this.throttle.check(email, clientIp);
		return this.authenticator.authenticate(email, password).orElseThrow(() -> {
			this.throttle.failed(email, clientIp);
			return ProblemException.unauthorized("invalid_credentials", "Email or password is wrong.");
		});
	}

}
