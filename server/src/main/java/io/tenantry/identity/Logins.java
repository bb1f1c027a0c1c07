package io.tenantry.identity;

import io.tenantry.platform.ProblemException;

import org.springframework.stereotype.Service;

/**
 * The steps of every login, browser or API: a throttled password check, then what the second
 * factor requires. An unknown email and a wrong password fail alike, in comparable time; wrong
 * MFA codes count as failures too.
 */
@Service
public class Logins {

	private final Authenticator authenticator;

	private final LoginThrottle throttle;

	private final Mfa mfa;

	private final PlatformSettings settings;

	private final PrivilegedUsers privilegedUsers;

	Logins(Authenticator authenticator, LoginThrottle throttle, Mfa mfa, PlatformSettings settings,
			PrivilegedUsers privilegedUsers) {
		this.authenticator = authenticator;
		this.throttle = throttle;
		this.mfa = mfa;
		this.settings = settings;
		this.privilegedUsers = privilegedUsers;
	}

	/** The active user with these credentials; 401 {@code invalid_credentials} or 429 otherwise. */
	public UserAccount checkPassword(String email, String password, String clientIp) {
		this.throttle.check(email, clientIp);
		return this.authenticator.authenticate(email, password).orElseThrow(() -> {
			this.throttle.failed(email, clientIp);
			return ProblemException.unauthorized("invalid_credentials", "Email or password is wrong.");
		});
	}

	public SecondFactor secondFactorFor(UserAccount user) {
		if (this.mfa.enabled(user.id())) {
			return SecondFactor.CODE;
		}
		boolean privileged = user.superAdmin() || this.privilegedUsers.holdsServiceProviderRole(user.id());
		return (privileged && this.settings.requireMfaForPrivileged()) ? SecondFactor.ENROLLMENT : SecondFactor.NONE;
	}

	/** Checks a TOTP or recovery code (throttled like passwords); 401 {@code mfa_invalid} when wrong. */
	public void checkCode(UserAccount user, String code, String clientIp) {
		this.throttle.check(user.email(), clientIp);
		if (!this.mfa.verify(user.id(), code)) {
			this.throttle.failed(user.email(), clientIp);
			throw ProblemException.unauthorized("mfa_invalid", "The MFA code is wrong or has expired.");
		}
	}

}
