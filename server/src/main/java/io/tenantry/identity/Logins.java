package io.tenantry.identity;

import io.tenantry.platform.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
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

	private final IdentityAudit audit;

	private final ApplicationEventPublisher events;

	Logins(Authenticator authenticator, LoginThrottle throttle, Mfa mfa, PlatformSettings settings,
			PrivilegedUsers privilegedUsers, IdentityAudit audit, ApplicationEventPublisher events) {
		this.authenticator = authenticator;
		this.throttle = throttle;
		this.mfa = mfa;
		this.settings = settings;
		this.privilegedUsers = privilegedUsers;
		this.audit = audit;
		this.events = events;
	}

	/** The active user with these credentials; 401 {@code invalid_credentials} or 429 otherwise. */
	public UserAccount checkPassword(String email, String password, String clientIp, LoginChannel channel) {
		this.throttle.check(email, clientIp);
		return this.authenticator.authenticate(email, password).orElseThrow(() -> {
			this.throttle.failed(email, clientIp);
			this.audit.passwordFailed(email, channel);
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
	public void checkCode(UserAccount user, String code, String clientIp, LoginChannel channel) {
		this.throttle.check(user.email(), clientIp);
		if (!this.mfa.verify(user.id(), code)) {
			this.throttle.failed(user.email(), clientIp);
			this.audit.mfaFailed(user, channel);
			throw ProblemException.unauthorized("mfa_invalid", "The MFA code is wrong or has expired.");
		}
	}

	/** Records that the password was right and a code is now asked for. */
	public void challenged(UserAccount user, LoginChannel channel) {
		this.audit.mfaChallenged(user, channel);
	}

	/** Records a completed login, before its session or token is handed out, and announces it. */
	public void succeeded(UserAccount user, LoginChannel channel, boolean withMfa) {
		this.audit.loginSucceeded(user, channel, withMfa);
		this.events.publishEvent(new LoggedIn(user.asPrincipal(), channel));
	}

}
